// supabase-js clients as each kind of caller (anonymous, signed-in demo user of either
// newsroom, a fresh sign-up in no newsroom, service role) against the integration stack, and a superuser connection for arranging state
// and checking that a refused write changed nothing.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import ws from 'ws';
import type { Database } from '../../src/lib/database.types.ts';
import { demoAccounts, demoPassword, type DemoUserKey } from '../../stack/seed/seed-ids.ts';
import { testStack } from './test-stack.ts';

export { testStack };

/** Each demo user's email by their key in demoUserIds. */
export const demoUsers = Object.fromEntries(demoAccounts.map((account) => [account.key, account.email])) as Record<DemoUserKey, string>;

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

/** A fresh sign-up (open sign-up is on, as on a new project): a user in no newsroom. */
export async function signUpStranger(label = 'stranger'): Promise<{ client: SupabaseClient<Database>; id: string; email: string }> {
  const client = anonClient();
  const email = `${label}-${crypto.randomUUID()}@example.com`;
  const { data, error } = await client.auth.signUp({ email, password: 'a-long-password-1', options: { data: { display_name: label } } });
  if (error || !data.user || !data.session) throw new Error(`sign-up as ${email} failed: ${error?.message ?? 'no session'}`);
  return { client, id: data.user.id, email };
}

/** Deletes users made by a test (their profiles, memberships and newsroom they alone created go with them where the schema cascades). */
export async function deleteUsers(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await withDb((db) => db.query('delete from auth.users where id = any($1::uuid[])', [ids]));
}
