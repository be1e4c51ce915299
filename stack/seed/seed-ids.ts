// Fixed ids of the seeded demo users and article, so tests and docs can refer to them.
export const demoUserIds = {
  checker: '11111111-1111-4111-8111-111111111111',
  checker2: '22222222-2222-4222-8222-222222222222',
  editor: '33333333-3333-4333-8333-333333333333',
  admin: '44444444-4444-4444-8444-444444444444',
} as const;

export const seedArticleId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

export const demoPassword = 'factmark-demo';
