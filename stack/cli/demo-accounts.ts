// The demo accounts supabase/seed.sql creates, listed where a newcomer reads them.
export const demoPassword = 'factmark-demo';

export const demoAccounts = [
  { email: 'checker@example.com', role: 'checker' },
  { email: 'checker2@example.com', role: 'checker' },
  { email: 'editor@example.com', role: 'editor' },
  { email: 'admin@example.com', role: 'admin' },
] as const;
