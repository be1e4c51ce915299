// The local auth service as supabase-js and an attacker meet it through the gateway:
// sign-up (names made only of blanks refused), password sign-in (a wrong password and an
// unknown email look the same, and take as long), the signed-in user, refresh-token
// rotation with GoTrue's reuse interval and reuse detection after it, logout, the admin
// API with the service-role key only, and refusal of forged, expired or ended tokens.
import { randomUUID } from 'node:crypto';
import {
  AuthApiError,
  AuthWeakPasswordError,
  isAuthSessionMissingError,
  type Session,
  type SupabaseClient,
} from '@supabase/supabase-js';
import { SignJWT, decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';
import { bcryptCost } from '../../stack/auth/users.ts';
import { jwtSecret } from '../../stack/config.ts';
import { demoNewsroomId, demoPassword } from '../../stack/seed/seed-ids.ts';
import { anonClient, demoUsers, serviceClient, signedInClient, testStack, withDb } from '../support/clients.ts';

const authUrl = `${testStack.apiUrl}/auth/v1`;
const emailPrefix = `auth-test-${randomUUID().slice(0, 8)}`;
let emailCounter = 0;

function freshEmail(): string {
  emailCounter += 1;
  return `${emailPrefix}-${emailCounter}@example.com`;
}

afterAll(async () => {
  await withDb((db) => db.query('delete from auth.users where email like $1', [`${emailPrefix}-%`]));
});

interface RawResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/** A request as a client without supabase-js sends it (apikey, optional Bearer and API version). */
async function rawAuth(
  path: string,
  options: { method?: string; body?: string | object; bearer?: string; apiVersion?: string } = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = { apikey: testStack.anonKey, 'content-type': 'application/json' };
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  if (options.apiVersion) headers['x-supabase-api-version'] = options.apiVersion;
  const body = typeof options.body === 'object' ? JSON.stringify(options.body) : options.body;
  const response = await fetch(`${authUrl}${path}`, { method: options.method ?? 'GET', headers, body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

async function signUp(email: string, data: Record<string, unknown> = {}): Promise<{ client: SupabaseClient; session: Session }> {
  const client = anonClient();
  const { data: result, error } = await client.auth.signUp({ email, password: 'a-good-password', options: { data } });
  if (error || !result.session) throw new Error(`sign-up of ${email} failed: ${error?.message ?? 'no session'}`);
  return { client, session: result.session };
}

async function signIn(email: string, password = demoPassword): Promise<Session> {
  const { data, error } = await anonClient().auth.signInWithPassword({ email, password });
  if (error || !data.session) throw new Error(`sign-in of ${email} failed: ${error?.message ?? 'no session'}`);
  return data.session;
}

const countUsers = (email: string) =>
  withDb(async (db) => Number((await db.query('select count(*) from auth.users where lower(email) = lower($1)', [email])).rows[0].count));

const countSessions = (userId: string) =>
  withDb(async (db) => Number((await db.query('select count(*) from auth.sessions where user_id = $1', [userId])).rows[0].count));

const profilesExist = () =>
  withDb(async (db) => (await db.query("select to_regclass('public.profiles') is not null as present")).rows[0].present as boolean);

function signToken(claims: Record<string, unknown>, secret: string, expiresAt: number) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(expiresAt - 3600)
    .setExpirationTime(expiresAt)
    .sign(new TextEncoder().encode(secret));
}

describe('sign-up', () => {
  it('creates a confirmed user with its metadata, an email identity, a session and a profile', async () => {
    const email = freshEmail();
    const { client, session } = await signUp(email, { display_name: 'Fresh Checker' });

    expect(session.token_type).toBe('bearer');
    expect(session.expires_in).toBe(3600);
    expect(session.user.email).toBe(email);
    expect(session.user.email_confirmed_at).toBeTruthy();
    expect(session.user.user_metadata).toMatchObject({ display_name: 'Fresh Checker' });
    expect(session.user.app_metadata).toEqual({ provider: 'email', providers: ['email'] });
    expect(session.user.identities?.map((identity) => identity.provider)).toEqual(['email']);
    const { data } = await client.auth.getUser();
    expect(data.user?.id).toBe(session.user.id);

    if (await profilesExist()) {
      const profile = await withDb((db) => db.query('select display_name from public.profiles where id = $1', [session.user.id]));
      expect(profile.rows).toEqual([{ display_name: 'Fresh Checker' }]);
    }
  });

  it('refuses an email that is already registered, whatever its case, and stores nothing', async () => {
    const email = freshEmail();
    await signUp(email);
    const { data, error } = await anonClient().auth.signUp({ email: email.toUpperCase(), password: 'another-password' });
    expect(error).toBeInstanceOf(AuthApiError);
    expect(error).toMatchObject({ status: 422, code: 'user_already_exists' });
    expect(data.session).toBeNull();
    expect(await countUsers(email)).toBe(1);
  });

  it('refuses a password shorter than 6 characters and stores nothing', async () => {
    const email = freshEmail();
    const { error } = await anonClient().auth.signUp({ email, password: '12345' });
    expect(error).toBeInstanceOf(AuthWeakPasswordError);
    expect(error).toMatchObject({ status: 422, code: 'weak_password', reasons: ['length'] });
    expect(await countUsers(email)).toBe(0);
  });

  it.each([
    ['a tab', '\t'],
    ['spaces', '   '],
    ['a zero-width space', '\u200B'],
    ['joiners and a byte-order mark', '\u200C\u200D\uFEFF'],
    ['a Hangul filler', '\u3164'],
  ])('refuses a display name of only %s with 400 and a clear message, and stores nothing', async (_what, name) => {
    const email = freshEmail();
    const { data, error } = await anonClient().auth.signUp({ email, password: 'a-good-password', options: { data: { display_name: name } } });
    expect(error).toBeInstanceOf(AuthApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'display_name must contain at least one visible character' });
    expect(data.session).toBeNull();
    expect(await countUsers(email)).toBe(0);
  });

  it('refuses the same from the admin API', async () => {
    const email = freshEmail();
    const { error } = await serviceClient().auth.admin.createUser({ email, password: 'a-good-password', user_metadata: { full_name: '\t\u200B' } });
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'full_name must contain at least one visible character' });
    expect(await countUsers(email)).toBe(0);
  });

  it('refuses an invalid email address and stores nothing', async () => {
    const { error } = await anonClient().auth.signUp({ email: 'not an email', password: 'a-good-password' });
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await countUsers('not an email')).toBe(0);
  });
});

describe('password sign-in', () => {
  it.each(Object.values(demoUsers))('signs in %s with the demo password', async (email) => {
    const before = Date.now();
    const session = await signIn(email);
    expect(session.user.email).toBe(email);
    expect(new Date(session.user.last_sign_in_at ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const claims = decodeJwt(session.access_token);
    expect(claims).toMatchObject({
      sub: session.user.id,
      role: 'authenticated',
      aud: 'authenticated',
      email,
      aal: 'aal1',
      is_anonymous: false,
      app_metadata: session.user.app_metadata,
      user_metadata: session.user.user_metadata,
    });
    expect(typeof claims.session_id).toBe('string');
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
  });

  it('answers a wrong password and an unknown email identically, without starting a session', async () => {
    const checkerId = (await signIn(demoUsers.checker)).user.id;
    const sessionsBefore = await countSessions(checkerId);
    const attempts = [
      { email: demoUsers.checker, password: 'wrong-password' },
      { email: `nobody-${randomUUID()}@example.com`, password: 'wrong-password' },
    ];

    const viaSupabaseJs = await Promise.all(attempts.map((attempt) => anonClient().auth.signInWithPassword(attempt)));
    for (const { data, error } of viaSupabaseJs) {
      expect(error).toBeInstanceOf(AuthApiError);
      expect(error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' });
      expect(data.session).toBeNull();
    }

    const legacy = await Promise.all(
      attempts.map((body) => rawAuth('/token?grant_type=password', { method: 'POST', body })),
    );
    for (const response of legacy) {
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' });
    }
    const versioned = await Promise.all(
      attempts.map((body) => rawAuth('/token?grant_type=password', { method: 'POST', body, apiVersion: '2024-01-01' })),
    );
    for (const response of versioned) {
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ code: 'invalid_credentials', message: 'Invalid login credentials' });
    }
    expect(await countSessions(checkerId)).toBe(sessionsBefore);
  });
});

describe('sign-in timing', () => {
  it('stores every password hash at GoTrue\'s bcrypt cost, the cost of the decoy an unknown email is checked against', async () => {
    const costs = await withDb(async (db) =>
      (await db.query("select distinct substring(encrypted_password from '^\\$2[aby]\\$(\\d+)\\$') as cost from auth.users where encrypted_password like '$2%'")).rows,
    );
    expect(costs).toEqual([{ cost: String(bcryptCost).padStart(2, '0') }]);
  });

  it('takes about as long for an unknown email as for a real account with a wrong password', async () => {
    const timed = async (email: string) => {
      const started = performance.now();
      const response = await rawAuth('/token?grant_type=password', { method: 'POST', body: { email, password: 'wrong-password' } });
      expect(response.status).toBe(400);
      return performance.now() - started;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    const real: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 11; i += 1) {
      real.push(await timed(demoUsers.checker));
      unknown.push(await timed(`nobody-${randomUUID()}@example.com`));
    }
    // Generous bounds: different bcrypt costs (6 against 10) differ by a factor of 16.
    const ratio = median(unknown) / median(real);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });
});

describe('the signed-in user', () => {
  it('reads itself with GET /user', async () => {
    const client = await signedInClient(demoUsers.editor);
    const { data, error } = await client.auth.getUser();
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      aud: 'authenticated',
      role: 'authenticated',
      email: demoUsers.editor,
      phone: '',
      is_anonymous: false,
    });
    for (const field of ['id', 'email_confirmed_at', 'confirmed_at', 'last_sign_in_at', 'created_at', 'updated_at']) {
      expect(data.user).toHaveProperty(field);
    }
  });

  it('updates its own metadata, merging keys and removing those set to null', async () => {
    const { client } = await signUp(freshEmail(), { display_name: 'Before', team: 'politics' });
    const { data, error } = await client.auth.updateUser({ data: { display_name: 'After', team: null } });
    expect(error).toBeNull();
    expect(data.user?.user_metadata).toMatchObject({ display_name: 'After' });
    expect(data.user?.user_metadata).not.toHaveProperty('team');
    const reread = await client.auth.getUser();
    expect(reread.data.user?.user_metadata).toMatchObject({ display_name: 'After' });
  });

  it('cannot give itself app_metadata (where roles would live)', async () => {
    const { session } = await signUp(freshEmail());
    const response = await rawAuth('/user', {
      method: 'PUT',
      bearer: session.access_token,
      body: { app_metadata: { role: 'admin' } },
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error_code: 'not_admin' });
    const stored = await withDb((db) => db.query('select raw_app_meta_data from auth.users where id = $1', [session.user.id]));
    expect(stored.rows[0].raw_app_meta_data).toEqual({ provider: 'email', providers: ['email'] });
  });

  it('changes its password: the new one signs in, the old one no longer does', async () => {
    const email = freshEmail();
    const { client } = await signUp(email);
    expect((await client.auth.updateUser({ password: 'a-new-password' })).error).toBeNull();
    expect((await anonClient().auth.signInWithPassword({ email, password: 'a-new-password' })).error).toBeNull();
    const { error } = await anonClient().auth.signInWithPassword({ email, password: 'a-good-password' });
    expect(error).toMatchObject({ status: 400, code: 'invalid_credentials' });
  });
});

describe('refresh tokens', () => {
  it('rotate: the new token works, and the old one reused within the reuse interval gets the current one back', async () => {
    const first = await signIn(demoUsers.checker2);
    const client = anonClient();
    const rotated = await client.auth.refreshSession({ refresh_token: first.refresh_token });
    expect(rotated.error).toBeNull();
    const second = rotated.data.session as Session;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect(decodeJwt(second.access_token).session_id).toBe(decodeJwt(first.access_token).session_id);
    expect((await anonClient().auth.getUser(second.access_token)).data.user?.email).toBe(demoUsers.checker2);
    const parent = await withDb((db) =>
      db.query('select parent from auth.refresh_tokens where token = $1', [second.refresh_token]),
    );
    expect(parent.rows).toEqual([{ parent: first.refresh_token }]);

    const reuse = await anonClient().auth.refreshSession({ refresh_token: first.refresh_token });
    expect(reuse.error).toBeNull();
    expect(reuse.data.session?.refresh_token).toBe(second.refresh_token);
    expect(decodeJwt(reuse.data.session?.access_token ?? '').session_id).toBe(decodeJwt(first.access_token).session_id);
    const next = await anonClient().auth.refreshSession({ refresh_token: second.refresh_token });
    expect(next.error).toBeNull();
  });

  it('gives two concurrent refreshes of one token (two tabs) the same session and refresh token', async () => {
    const session = await signIn(demoUsers.checker2);
    const [one, other] = await Promise.all([
      anonClient().auth.refreshSession({ refresh_token: session.refresh_token }),
      anonClient().auth.refreshSession({ refresh_token: session.refresh_token }),
    ]);
    expect(one.error).toBeNull();
    expect(other.error).toBeNull();
    expect(one.data.session?.refresh_token).toBe(other.data.session?.refresh_token);
    const { error } = await anonClient().auth.getUser(other.data.session?.access_token);
    expect(error).toBeNull();
  });

  it('ends the whole session when a token is reused after the reuse interval (theft)', async () => {
    const first = await signIn(demoUsers.checker2);
    const rotated = await anonClient().auth.refreshSession({ refresh_token: first.refresh_token });
    const second = rotated.data.session as Session;
    // As if the reuse came 11 s later: the interval in supabase/config.toml is 10 s.
    await withDb((db) =>
      db.query("update auth.refresh_tokens set updated_at = updated_at - interval '11 seconds' where token = $1", [first.refresh_token]),
    );

    const reuse = await anonClient().auth.refreshSession({ refresh_token: first.refresh_token });
    expect(reuse.error).toBeInstanceOf(AuthApiError);
    expect(reuse.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });

    const afterTheft = await anonClient().auth.refreshSession({ refresh_token: second.refresh_token });
    expect(afterTheft.error).toMatchObject({ status: 400 });
    const { error } = await anonClient().auth.getUser(second.access_token);
    expect(isAuthSessionMissingError(error)).toBe(true);
  });

  it('refuses a refresh token it never issued', async () => {
    const { error } = await anonClient().auth.refreshSession({ refresh_token: 'made-up-token' });
    expect(error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
  });
});

describe('logout', () => {
  it('ends the session: its refresh token and access token stop working', async () => {
    const { client, session } = await signUp(freshEmail());
    expect((await client.auth.signOut()).error).toBeNull();

    const refresh = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
    expect(refresh.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
    const user = await rawAuth('/user', { bearer: session.access_token });
    expect(user.status).toBe(403);
    expect(user.body).toMatchObject({ error_code: 'session_not_found' });
  });

  it('with scope local ends only the session it is called from', async () => {
    const email = freshEmail();
    const { session: kept } = await signUp(email);
    const ended = await signIn(email, 'a-good-password');
    const response = await rawAuth('/logout?scope=local', { method: 'POST', bearer: ended.access_token });
    expect(response.status).toBe(204);

    expect((await anonClient().auth.refreshSession({ refresh_token: ended.refresh_token })).error).toMatchObject({ status: 400 });
    expect((await anonClient().auth.refreshSession({ refresh_token: kept.refresh_token })).error).toBeNull();
  });
});

describe('admin API', () => {
  it('creates, lists, reads and deletes users with the service-role key; a deleted user\'s profile stays, marked deleted', async () => {
    const admin = serviceClient().auth.admin;
    const email = freshEmail();
    const created = await admin.createUser({
      email,
      password: 'a-good-password',
      email_confirm: true,
      user_metadata: { display_name: 'Made By Admin' },
    });
    expect(created.error).toBeNull();
    const id = created.data.user?.id as string;
    expect(created.data.user).toMatchObject({ email, user_metadata: { display_name: 'Made By Admin' } });
    expect((await anonClient().auth.signInWithPassword({ email, password: 'a-good-password' })).error).toBeNull();

    const listed = await admin.listUsers({ page: 1, perPage: 1000 });
    expect(listed.error).toBeNull();
    expect(listed.data.users.map((user) => user.email)).toEqual(expect.arrayContaining([email, ...Object.values(demoUsers)]));
    const firstPage = await admin.listUsers({ page: 1, perPage: 1 });
    expect(firstPage.data.users).toHaveLength(1);
    expect(firstPage.data).toMatchObject({ nextPage: 2, total: listed.data.users.length });

    expect((await admin.getUserById(id)).data.user?.email).toBe(email);
    const withProfiles = await profilesExist();
    if (withProfiles) {
      await withDb((db) => db.query("insert into public.newsroom_members (newsroom_id, user_id, role) values ($1, $2, 'checker')", [demoNewsroomId, id]));
    }
    expect((await admin.deleteUser(id)).error).toBeNull();
    const gone = await admin.getUserById(id);
    expect(gone.error).toMatchObject({ status: 404, code: 'user_not_found' });
    expect(await countUsers(email)).toBe(0);
    if (withProfiles) {
      // The profile outlives the account, so the work and the trail that name them still do,
      // marked deleted and in no newsroom.
      const profile = await withDb((db) => db.query('select display_name, deleted_at from public.profiles where id = $1', [id]));
      expect(profile.rows).toEqual([{ display_name: 'Made By Admin', deleted_at: expect.any(Date) }]);
      const memberships = await withDb((db) => db.query('select 1 from public.newsroom_members where user_id = $1', [id]));
      expect(memberships.rowCount).toBe(0);
    }
  });

  it('refuses the anon key and a signed-in user, and changes nothing', async () => {
    const email = freshEmail();
    const asAnon = await anonClient().auth.admin.createUser({ email, password: 'a-good-password' });
    expect(asAnon.error).toMatchObject({ status: 403, code: 'not_admin' });
    expect((await anonClient().auth.admin.listUsers()).error).toMatchObject({ status: 403, code: 'not_admin' });

    const userToken = (await signIn(demoUsers.admin)).access_token;
    const created = await rawAuth('/admin/users', { method: 'POST', bearer: userToken, body: { email, password: 'a-good-password' } });
    expect(created.status).toBe(403);
    expect(created.body).toMatchObject({ error_code: 'not_admin', msg: 'User not allowed' });
    expect((await rawAuth('/admin/users', { bearer: userToken })).status).toBe(403);
    const checkerId = (await signIn(demoUsers.checker)).user.id;
    expect((await rawAuth(`/admin/users/${checkerId}`, { method: 'DELETE', bearer: userToken })).status).toBe(403);

    expect(await countUsers(email)).toBe(0);
    expect(await countUsers(demoUsers.checker)).toBe(1);
  });
});

describe('access tokens', () => {
  it('refuses a token signed with another secret', async () => {
    const genuine = decodeJwt((await signIn(demoUsers.checker)).access_token);
    const forged = await signToken(genuine, 'not-the-project-secret-but-just-as-long-0000', Math.floor(Date.now() / 1000) + 3600);
    const { error } = await anonClient().auth.getUser(forged);
    expect(error).toBeInstanceOf(AuthApiError);
    expect(error).toMatchObject({ status: 403, code: 'bad_jwt' });
  });

  it('refuses an expired token signed with the right secret', async () => {
    const genuine = decodeJwt((await signIn(demoUsers.checker)).access_token);
    const expired = await signToken(genuine, jwtSecret, Math.floor(Date.now() / 1000) - 60);
    const { error } = await anonClient().auth.getUser(expired);
    expect(error).toMatchObject({ status: 403, code: 'bad_jwt' });
  });

  it('refuses a request to GET /user without a Bearer token', async () => {
    const response = await rawAuth('/user');
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ error_code: 'no_authorization' });
  });

  it("refuses the token of a user who has been deleted", async () => {
    const { session } = await signUp(freshEmail());
    expect((await serviceClient().auth.admin.deleteUser(session.user.id)).error).toBeNull();
    const response = await rawAuth('/user', { bearer: session.access_token });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error_code: 'user_not_found' });
  });
});

describe('malformed requests', () => {
  it('answers a body that is not JSON with 400 bad_json', async () => {
    const response = await rawAuth('/token?grant_type=password', { method: 'POST', body: '{"email":' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 400, error_code: 'bad_json' });
  });

  it('answers a field of the wrong type with 400 bad_json and stores nothing', async () => {
    const email = freshEmail();
    const response = await rawAuth('/signup', { method: 'POST', body: { email, password: 123456 } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error_code: 'bad_json' });
    expect(await countUsers(email)).toBe(0);
  });

  it('answers an unknown auth path with 404 in GoTrue’s error shape', async () => {
    const response = await rawAuth('/no-such-endpoint');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 404, error_code: 'not_found' });
  });

  it('reports itself healthy as GoTrue does', async () => {
    const response = await rawAuth('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ name: 'GoTrue' });
  });
});
