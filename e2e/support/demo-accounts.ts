// The demo accounts supabase/seed.sql creates, as the sign-in form takes them.
import { demoPassword } from '../../stack/seed/seed-ids.ts';

export interface DemoAccount {
  email: string;
  password: string;
}

export const demoChecker: DemoAccount = { email: 'checker@example.com', password: demoPassword };
export const demoChecker2: DemoAccount = { email: 'checker2@example.com', password: demoPassword };
export const demoEditor: DemoAccount = { email: 'editor@example.com', password: demoPassword };
export const demoAdmin: DemoAccount = { email: 'admin@example.com', password: demoPassword };
export const harbourAdmin: DemoAccount = { email: 'harbour-admin@example.com', password: demoPassword };
export const harbourChecker: DemoAccount = { email: 'harbour-checker@example.com', password: demoPassword };
