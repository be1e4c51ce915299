// People a test brings in beyond the demo accounts: fresh accounts (signed up through the
// API, as anyone may), invitations and memberships made through the newsroom RPCs as the
// newsroom's admin would, and their removal afterwards with every newsroom they started.
import type { DemoAccount } from './demo-accounts.ts';
import { e2eSupabase, signedInClient, withE2eDb } from './stack-clients.ts';

export interface NewPerson extends DemoAccount {
  displayName: string;
}

/** A person no account has yet: a unique address, a password and a display name. */
export function unknownPerson(displayName: string): NewPerson {
  return {
    displayName,
    email: `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${crypto.randomUUID().slice(0, 8)}@example.com`,
    password: 'factmark-e2e',
  };
}

/** Signs the person up through the auth API; they belong to no newsroom yet. */
export async function signUpThroughApi(person: NewPerson) {
  const { error } = await e2eSupabase().auth.signUp({
    email: person.email,
    password: person.password,
    options: { data: { display_name: person.displayName } },
  });
  if (error) throw error;
}

/** The admin invites the address to their newsroom; returns the invitation's id. */
export async function inviteAs(admin: DemoAccount, newsroomId: string, email: string, role: 'checker' | 'editor' | 'admin') {
  const client = await signedInClient(admin);
  const { data, error } = await client.rpc('invite_member', { newsroom_id: newsroomId, email, role });
  if (error) throw error;
  return data.id;
}

/** The person (signed up already) accepts the invitation through the API. */
export async function acceptAs(person: DemoAccount, invitationId: string) {
  const client = await signedInClient(person);
  const { error } = await client.rpc('accept_invitation', { invitation_id: invitationId });
  if (error) throw error;
}

/**
 * Removes the people with these addresses, the invitations sent to them and every newsroom
 * in which they were the only members (the ones they started).
 */
export async function removePeople(emails: string[]) {
  if (emails.length === 0) return;
  await withE2eDb(async (db) => {
    await db.query(
      `delete from public.newsrooms n
       where exists (select 1 from public.newsroom_members m join auth.users u on u.id = m.user_id
                     where m.newsroom_id = n.id and u.email = any($1::text[]))
         and not exists (select 1 from public.newsroom_members m join auth.users u on u.id = m.user_id
                         where m.newsroom_id = n.id and u.email <> all($1::text[]))`,
      [emails],
    );
    await db.query('delete from public.newsroom_invitations where email = any($1::text[])', [emails]);
    await db.query('delete from auth.users where email = any($1::text[])', [emails]);
  });
}

export interface FoundedNewsroom {
  id: string;
  name: string;
  slug: string;
}

/**
 * Signs the person up and has them start a newsroom of their own (they are its admin), so a
 * test may change its settings without touching the demo newsrooms.
 */
export async function newsroomFoundedBy(founder: NewPerson, name: string): Promise<FoundedNewsroom> {
  await signUpThroughApi(founder);
  const client = await signedInClient(founder);
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${crypto.randomUUID().slice(0, 8)}`;
  const { data, error } = await client.rpc('create_newsroom', { name, slug });
  if (error) throw error;
  return { id: data.id, name: data.name, slug: data.slug };
}
