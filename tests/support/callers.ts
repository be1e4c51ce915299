// The demo users' clients (Demo Newsroom's four and Harbour Gazette's two) and an anonymous
// one, signed in once for a test file.
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll } from 'vitest';
import type { Database } from '../../src/lib/database.types.ts';
import { demoAccounts, type DemoUserKey } from '../../stack/seed/seed-ids.ts';
import { anonClient, signedInClient } from './clients.ts';

export type Client = SupabaseClient<Database>;

/** A client for every demo user, by their key in demoUserIds, and an anonymous one. */
export type Callers = Record<DemoUserKey, Client> & { anon: Client };

/**
 * Signs every demo user in once for the file (in a beforeAll) and gives its tests their
 * clients: the object returned is filled in before the first test runs.
 */
export function useCallers(): Callers {
  const callers = {} as Callers;
  beforeAll(async () => {
    const signedIn = await Promise.all(demoAccounts.map(async (account) => [account.key, await signedInClient(account.email)] as const));
    Object.assign(callers, Object.fromEntries(signedIn), { anon: anonClient() });
  });
  return callers;
}
