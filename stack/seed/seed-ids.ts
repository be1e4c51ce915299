// The seeded newsrooms, demo accounts and articles, with fixed ids, so the seed, `npm
// start`'s banner and the tests all speak of the same ones.
export const demoUserIds = {
  checker: '11111111-1111-4111-8111-111111111111',
  checker2: '22222222-2222-4222-8222-222222222222',
  editor: '33333333-3333-4333-8333-333333333333',
  admin: '44444444-4444-4444-8444-444444444444',
  harbourAdmin: '55555555-5555-4555-8555-555555555555',
  harbourChecker: '66666666-6666-4666-8666-666666666666',
} as const;

export type DemoUserKey = keyof typeof demoUserIds;

export const demoNewsroomId = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
export const harbourNewsroomId = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';

export const demoNewsrooms = [
  { key: 'demo', id: demoNewsroomId, slug: 'demo', name: 'Demo Newsroom' },
  { key: 'harbour', id: harbourNewsroomId, slug: 'harbour', name: 'Harbour Gazette' },
] as const;

export type DemoNewsroomKey = (typeof demoNewsrooms)[number]['key'];

export const seedArticleId = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
export const harbourArticleId = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
export const harbourPublishedClaimId = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
export const harbourDraftClaimId = 'c2c2c2c2-c2c2-4c2c-8c2c-c2c2c2c2c2c2';

export const demoPassword = 'factmark-demo';

interface DemoAccount {
  /** The account's name in demoUserIds, which tests and e2e specs call it by. */
  key: DemoUserKey;
  id: string;
  email: string;
  displayName: string;
  newsroom: DemoNewsroomKey;
  role: 'checker' | 'editor' | 'admin';
}

export const demoAccounts = [
  { key: 'checker', id: demoUserIds.checker, email: 'checker@example.com', displayName: 'Demo Checker', newsroom: 'demo', role: 'checker' },
  { key: 'checker2', id: demoUserIds.checker2, email: 'checker2@example.com', displayName: 'Second Checker', newsroom: 'demo', role: 'checker' },
  { key: 'editor', id: demoUserIds.editor, email: 'editor@example.com', displayName: 'Demo Editor', newsroom: 'demo', role: 'editor' },
  { key: 'admin', id: demoUserIds.admin, email: 'admin@example.com', displayName: 'Demo Admin', newsroom: 'demo', role: 'admin' },
  {
    key: 'harbourAdmin',
    id: demoUserIds.harbourAdmin,
    email: 'harbour-admin@example.com',
    displayName: 'Harbour Admin',
    newsroom: 'harbour',
    role: 'admin',
  },
  {
    key: 'harbourChecker',
    id: demoUserIds.harbourChecker,
    email: 'harbour-checker@example.com',
    displayName: 'Harbour Checker',
    newsroom: 'harbour',
    role: 'checker',
  },
] as const satisfies readonly DemoAccount[];

export function newsroomOf(key: DemoNewsroomKey) {
  return demoNewsrooms.find((newsroom) => newsroom.key === key)!;
}
