// The seeded demo accounts and article, with fixed ids, so the seed, `npm start`'s banner
// and the tests all speak of the same ones.
export const demoUserIds = {
  checker: '11111111-1111-4111-8111-111111111111',
  checker2: '22222222-2222-4222-8222-222222222222',
  editor: '33333333-3333-4333-8333-333333333333',
  admin: '44444444-4444-4444-8444-444444444444',
} as const;

export const seedArticleId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

export const demoPassword = 'factmark-demo';

export const demoAccounts = [
  { id: demoUserIds.checker, email: 'checker@example.com', displayName: 'Demo Checker', role: 'checker' },
  { id: demoUserIds.checker2, email: 'checker2@example.com', displayName: 'Second Checker', role: 'checker' },
  { id: demoUserIds.editor, email: 'editor@example.com', displayName: 'Demo Editor', role: 'editor' },
  { id: demoUserIds.admin, email: 'admin@example.com', displayName: 'Demo Admin', role: 'admin' },
] as const;
