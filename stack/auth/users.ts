// Queries on auth.users and auth.identities, and the user JSON GoTrue returns. Password
// hashes never leave Postgres: pgcrypto's crypt() hashes and checks them, the same way
// seeds written for Supabase insert users, so both always agree.
import type pg from 'pg';
import { randomBytes } from 'node:crypto';
import type { JsonObject } from './http.ts';
import type { TokenSubject } from './tokens.ts';

export type Db = pg.Pool | pg.PoolClient;

/** GoTrue looks users up in this instance only; Supabase's seed examples use it too. */
export const instanceId = '00000000-0000-0000-0000-000000000000';
export const audience = 'authenticated';
/**
 * GoTrue's bcrypt cost (Go's bcrypt.DefaultCost), for every hash: stored ones, the seed's
 * and the decoy an unknown email is checked against, so that a sign-in takes as long
 * whether or not the account exists.
 */
export const bcryptCost = 10;

export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  email_confirmed_at: Date | null;
  invited_at: Date | null;
  confirmation_sent_at: Date | null;
  recovery_sent_at: Date | null;
  email_change: string | null;
  email_change_sent_at: Date | null;
  phone: string | null;
  phone_confirmed_at: Date | null;
  confirmed_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: JsonObject | null;
  raw_user_meta_data: JsonObject | null;
  created_at: Date | null;
  updated_at: Date | null;
  banned_until: Date | null;
  is_anonymous: boolean;
  /** Real GoTrue cannot load a user whose token columns are NULL (a classic seed mistake). */
  has_null_token_columns: boolean;
}

interface IdentityRow {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: JsonObject;
  provider: string;
  last_sign_in_at: Date | null;
  created_at: Date | null;
  updated_at: Date | null;
  email: string | null;
}

const userColumns = `
  u.id, u.aud, u.role, u.email, u.email_confirmed_at, u.invited_at, u.confirmation_sent_at,
  u.recovery_sent_at, u.email_change, u.email_change_sent_at, u.phone, u.phone_confirmed_at,
  u.confirmed_at, u.last_sign_in_at, u.raw_app_meta_data, u.raw_user_meta_data, u.created_at,
  u.updated_at, u.banned_until, u.is_anonymous,
  (u.confirmation_token is null or u.recovery_token is null
    or u.email_change_token_new is null or u.email_change is null) as has_null_token_columns`;

/** True when the stored bcrypt hash matches; CASE keeps crypt() away from empty hashes. */
const passwordMatchesSql = (password: string) =>
  `case when u.encrypted_password like '$2%' then u.encrypted_password = extensions.crypt(${password}, u.encrypted_password) else false end`;

export function isBanned(user: UserRow): boolean {
  return user.banned_until !== null && user.banned_until.getTime() > Date.now();
}

export function tokenSubject(user: UserRow): TokenSubject {
  return {
    id: user.id,
    email: user.email,
    phone: user.phone,
    appMetadata: user.raw_app_meta_data ?? {},
    userMetadata: user.raw_user_meta_data ?? {},
    isAnonymous: user.is_anonymous,
  };
}

export async function findUserById(db: Db, id: string, lock = false): Promise<UserRow | undefined> {
  const result = await db.query<UserRow>(
    `select ${userColumns} from auth.users u where u.id = $1 and u.deleted_at is null${lock ? ' for update' : ''}`,
    [id],
  );
  return result.rows[0];
}

/**
 * The user signing in with this email, and whether the password matches. An unknown
 * email still costs one bcrypt round (against a throwaway hash), so response time does
 * not tell who has an account.
 */
export async function checkEmailPassword(
  db: Db,
  email: string,
  password: string,
  decoyHash: string,
): Promise<{ user: UserRow | undefined; passwordOk: boolean }> {
  const result = await db.query<UserRow & { password_ok: boolean }>(
    `select ${userColumns}, ${passwordMatchesSql('$3')} as password_ok
       from auth.users u
      where u.instance_id = $1 and lower(u.email) = lower($2) and u.aud = '${audience}'
        and u.is_sso_user = false and u.deleted_at is null`,
    [instanceId, email, password],
  );
  const row = result.rows[0];
  if (!row) {
    await db.query('select extensions.crypt($1, $2)', [password, decoyHash]);
    return { user: undefined, passwordOk: false };
  }
  const { password_ok: passwordOk, ...user } = row;
  return { user, passwordOk };
}

export async function passwordMatches(db: Db, userId: string, password: string): Promise<boolean> {
  const result = await db.query<{ ok: boolean }>(
    `select ${passwordMatchesSql('$2')} as ok from auth.users u where u.id = $1`,
    [userId, password],
  );
  return result.rows[0]?.ok ?? false;
}

export async function emailTaken(db: Db, email: string, exceptUserId?: string): Promise<boolean> {
  const result = await db.query(
    `select 1 from auth.users where lower(email) = lower($1) and is_sso_user = false and id is distinct from $2::uuid`,
    [email, exceptUserId ?? null],
  );
  return (result.rowCount ?? 0) > 0;
}

export interface NewUser {
  id?: string;
  email: string;
  /** Absent for admin-created users without one: they get a random, unknowable password. */
  password?: string;
  role: string;
  confirmed: boolean;
  userMetadata: JsonObject;
  appMetadata: JsonObject;
}

/** Inserts the user and its email identity (call inside a transaction). */
export async function insertUser(db: Db, input: NewUser, identityExtras: JsonObject = {}): Promise<UserRow> {
  const userMetadata = input.confirmed ? { ...input.userMetadata, email_verified: true } : input.userMetadata;
  const inserted = await db.query<UserRow>(
    `insert into auth.users as u (
       instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
       confirmation_token, recovery_token, email_change_token_new, email_change,
       raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
     values ($1, coalesce($2::uuid, gen_random_uuid()), '${audience}', $3, lower($4),
       extensions.crypt($5, extensions.gen_salt('bf', ${bcryptCost})), case when $6::boolean then now() end,
       '', '', '', '', $7, $8, now(), now())
     returning ${userColumns}`,
    [
      instanceId,
      input.id ?? null,
      input.role,
      input.email,
      input.password ?? randomBytes(36).toString('base64url'),
      input.confirmed,
      input.appMetadata,
      userMetadata,
    ],
  );
  const user = inserted.rows[0] as UserRow;
  await upsertEmailIdentity(db, user.id, user.email ?? '', identityExtras);
  return user;
}

/** GoTrue's email identity: provider_id is the user id, identity_data mirrors the email. */
async function upsertEmailIdentity(db: Db, userId: string, email: string, extras: JsonObject = {}) {
  const identityData = { ...extras, sub: userId, email, email_verified: false, phone_verified: false };
  await db.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
     values ($1::text, $1::uuid, $2, 'email', now(), now(), now())
     on conflict (provider_id, provider) do update
       set identity_data = auth.identities.identity_data || jsonb_build_object('email', $3::text),
           updated_at = now()`,
    [userId, identityData, email],
  );
}

export async function identitiesOf(db: Db, userIds: readonly string[]): Promise<Map<string, IdentityRow[]>> {
  const result = await db.query<IdentityRow>(
    'select * from auth.identities where user_id = any($1::uuid[]) order by created_at, id',
    [userIds],
  );
  const byUser = new Map<string, IdentityRow[]>();
  for (const row of result.rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
  return byUser;
}

export async function recordSignIn(db: Db, userId: string): Promise<void> {
  await db.query('update auth.users set last_sign_in_at = now(), updated_at = now() where id = $1', [userId]);
}

export interface UserChanges {
  email?: string;
  password?: string;
  confirmEmail?: boolean;
  role?: string;
  /** Merged key by key; a key set to null is removed (GoTrue's UpdateUserMetaData). */
  userMetadata?: JsonObject;
  appMetadata?: JsonObject;
}

function mergeMetadata(current: JsonObject | null, updates: JsonObject): JsonObject {
  const merged: JsonObject = { ...current };
  for (const [key, value] of Object.entries(updates)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Applies the changes to a user locked with findUserById(..., true) in a transaction. */
export async function updateUser(db: Db, user: UserRow, changes: UserChanges): Promise<UserRow> {
  let userMetadata = changes.userMetadata ? mergeMetadata(user.raw_user_meta_data, changes.userMetadata) : null;
  if (changes.confirmEmail && !user.email_confirmed_at) {
    userMetadata = mergeMetadata(userMetadata ?? user.raw_user_meta_data, { email_verified: true });
  }
  const appMetadata = changes.appMetadata ? mergeMetadata(user.raw_app_meta_data, changes.appMetadata) : null;
  const updated = await db.query<UserRow>(
    `update auth.users as u set
       email = coalesce(lower($2), u.email),
       encrypted_password = case when $3::text is null then u.encrypted_password
                                 else extensions.crypt($3, extensions.gen_salt('bf', ${bcryptCost})) end,
       email_confirmed_at = case when $4::boolean then coalesce(u.email_confirmed_at, now()) else u.email_confirmed_at end,
       role = coalesce($5, u.role),
       raw_user_meta_data = coalesce($6, u.raw_user_meta_data),
       raw_app_meta_data = coalesce($7, u.raw_app_meta_data),
       updated_at = now()
     where u.id = $1
     returning ${userColumns}`,
    [
      user.id,
      changes.email ?? null,
      changes.password ?? null,
      changes.confirmEmail ?? false,
      changes.role ?? null,
      userMetadata,
      appMetadata,
    ],
  );
  if (changes.email !== undefined) await upsertEmailIdentity(db, user.id, changes.email.toLowerCase());
  return updated.rows[0] as UserRow;
}

export async function listUsers(db: Db, page: number, perPage: number): Promise<{ users: UserRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    db.query<UserRow>(
      `select ${userColumns} from auth.users u where u.aud = '${audience}' and u.deleted_at is null
        order by u.created_at desc, u.id limit $1 offset $2`,
      [perPage, (page - 1) * perPage],
    ),
    db.query<{ total: string }>(
      `select count(*) as total from auth.users where aud = '${audience}' and deleted_at is null`,
    ),
  ]);
  return { users: rows.rows, total: Number(count.rows[0]?.total ?? 0) };
}

export async function deleteUser(db: Db, id: string): Promise<void> {
  await db.query('delete from auth.users where id = $1', [id]);
}

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : undefined);

function identityJson(row: IdentityRow): JsonObject {
  return {
    identity_id: row.id,
    id: row.provider_id,
    user_id: row.user_id,
    identity_data: row.identity_data,
    provider: row.provider,
    last_sign_in_at: iso(row.last_sign_in_at),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
    email: row.email ?? undefined,
  };
}

/** GoTrue's user object: empty strings for a missing email or phone, unset times left out. */
export function userJson(user: UserRow, identities: readonly IdentityRow[]): JsonObject {
  return {
    id: user.id,
    aud: user.aud ?? '',
    role: user.role ?? '',
    email: user.email ?? '',
    email_confirmed_at: iso(user.email_confirmed_at),
    invited_at: iso(user.invited_at),
    phone: user.phone ?? '',
    phone_confirmed_at: iso(user.phone_confirmed_at),
    confirmation_sent_at: iso(user.confirmation_sent_at),
    confirmed_at: iso(user.confirmed_at),
    recovery_sent_at: iso(user.recovery_sent_at),
    new_email: user.email_change || undefined,
    email_change_sent_at: iso(user.email_change_sent_at),
    last_sign_in_at: iso(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: identities.map(identityJson),
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    banned_until: iso(user.banned_until),
    is_anonymous: user.is_anonymous,
  };
}

export async function loadUserJson(db: Db, user: UserRow): Promise<JsonObject> {
  const identities = await identitiesOf(db, [user.id]);
  return userJson(user, identities.get(user.id) ?? []);
}
