// supabase-js clients as each kind of caller (anonymous, signed-in demo user, service
// role) against the integration stack, and a superuser connection for arranging state
// and checking that a refused write changed nothing.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import ws from 'ws';
import type { Database } from '../../src/lib/database.types.ts';
import { demoPassword } from '../../stack/seed/seed-ids.ts';
import { testStack } from './test-stack.ts';

export { testStack };

export const demoUsers = {
  checker: 'checker@example.com',
  checker2: 'checker2@example.com',
  editor: 'editor@example.com',
  admin: 'admin@example.com',
} as const;

function makeClient(key: string): SupabaseClient<Database> {
  return createClient<Database>(testStack.apiUrl, key, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
  });
}

export function anonClient(): SupabaseClient<Database> {
  return makeClient(testStack.anonKey);
}

export function serviceClient(): SupabaseClient<Database> {
  return makeClient(testStack.serviceRoleKey);
}

export async function signedInClient(email: string, password = demoPassword): Promise<SupabaseClient<Database>> {
  const client = anonClient();
  const { error } = await client.auth.signInWithPassword({ email, password });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return client;
}

export async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(testStack.dbUrl);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
