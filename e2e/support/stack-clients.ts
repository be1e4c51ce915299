// The e2e stack's database and API as tests reach them past the browser: to arrange state,
// to read back what was stored, and to make the calls a page could skip but the database
// must refuse.
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import ws from 'ws';
import type { Database } from '../../src/lib/database.types.ts';
import { anonKey, dbPassword, dbUser, serviceRoleKey } from '../../stack/config.ts';
import { e2ePorts } from '../ports.ts';
import type { DemoAccount } from './demo-accounts.ts';

const e2eDbUrl = `postgresql://${dbUser}:${dbPassword}@127.0.0.1:${e2ePorts.db}/postgres`;

/** A superuser connection to the e2e database, past row-level security and the API's rules. */
export async function withE2eDb<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client(e2eDbUrl);
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** supabase-js against the e2e stack with the given key (the anon key unless told otherwise). */
export function e2eSupabase(key = anonKey) {
  return createClient<Database>(`http://127.0.0.1:${e2ePorts.api}`, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
  });
}

export const serviceRole = e2eSupabase(serviceRoleKey);

/** supabase-js signed in as a demo user, so row-level security judges its calls as the app's. */
export async function signedInClient(account: DemoAccount) {
  const client = e2eSupabase();
  const { error } = await client.auth.signInWithPassword(account);
  if (error) throw error;
  return client;
}
