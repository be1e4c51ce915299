// The gateway's bounds as an attacker and an honest client meet them: a body over 2 MB is
// refused with 413 and a JSON error on every route, whether it declares its length or
// streams in chunks, and nothing behind it changes; the auth service's own 413 comes
// through as it sent it; a body just under the limit still works; and an apikey in the
// query string is taken as the key but never reaches PostgREST as a filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../stack/gateway.ts';
import { testStack, withDb } from '../support/clients.ts';
import { rawRequest } from '../support/raw-http.ts';
import { useThrowaways } from '../support/throwaways.ts';

const throwaways = useThrowaways();
const restUrl = `${testStack.apiUrl}/rest/v1`;
const authUrl = `${testStack.apiUrl}/auth/v1`;
const megabyte = 1024 * 1024;
const mb = (count: number) => Math.floor(count * megabyte);
const originalName = 'gateway-limits';

let someone: { id: string; token: string };

beforeAll(async () => {
  const stranger = await throwaways.signUpStranger(originalName);
  const { data } = await stranger.client.auth.getSession();
  someone = { id: stranger.id, token: data.session?.access_token ?? '' };
});

const displayName = async () =>
  withDb(async (db) => (await db.query('select display_name from public.profiles where id = $1', [someone.id])).rows[0]?.display_name as string);

const renameSelf = (name: string, bytes: number, chunked: boolean) =>
  rawRequest(`${restUrl}/profiles?id=eq.${someone.id}`, {
    method: 'PATCH',
    headers: { apikey: testStack.anonKey, authorization: `Bearer ${someone.token}`, prefer: 'return=minimal' },
    json: { display_name: name },
    bytes,
    chunked,
  });

const signUpWith = (email: string, bytes: number, chunked = false) =>
  rawRequest(`${authUrl}/signup`, {
    method: 'POST',
    headers: { apikey: testStack.anonKey },
    json: { email, password: 'a-good-password', data: { display_name: 'Too Large' } },
    bytes,
    chunked,
  });

const usersWith = async (email: string) =>
  withDb(async (db) => Number((await db.query('select count(*) from auth.users where email = $1', [email])).rows[0].count));

describe('request bodies over the limit', () => {
  it('documents a 2 MB limit', () => {
    expect(maxBodyBytes).toBe(2 * megabyte);
  });

  it.each([
    ['declares its length', false],
    ['streams in chunks', true],
  ])('a 3 MB REST body that %s is refused with 413 and JSON, and nothing changes', async (_how, chunked) => {
    const answer = await renameSelf('Hacked', mb(3), chunked);
    expect(answer.status).toBe(413);
    expect(answer.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(answer.text)).toEqual({ message: expect.stringContaining('2 MB'), code: 'request_too_large' });
    expect(await displayName()).toBe(originalName);
  });

  it('a 50 MB chunked upload gets its 413 instead of a reset connection, and nothing changes', async () => {
    const answer = await renameSelf('Hacked', mb(50), true);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({ code: 'request_too_large' });
    // The answer came while the upload was still going: the gateway never took it all in.
    expect(answer.sent).toBeLessThan(mb(50));
    expect(await displayName()).toBe(originalName);
  });

  it.each([
    ['declares its length', false],
    ['streams in chunks', true],
  ])('a 3 MB auth body that %s is refused by the gateway and creates no user', async (_how, chunked) => {
    const email = `too-large-${crypto.randomUUID()}@example.com`;
    const answer = await signUpWith(email, mb(3), chunked);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({ code: 'request_too_large' });
    expect(await usersWith(email)).toBe(0);
  });

  it.each([
    ['declares its length', false],
    ['streams in chunks', true],
  ])("a 1.5 MB auth body that %s gets the auth service's own 413 (not a 502) and creates no user", async (_how, chunked) => {
    const email = `auth-limit-${crypto.randomUUID()}@example.com`;
    const answer = await signUpWith(email, mb(1.5), chunked);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text)).toMatchObject({ code: 413, error_code: 'validation_failed', msg: expect.stringContaining('larger than') });
    expect(await usersWith(email)).toBe(0);
  });
});

describe('request bodies within the limit', () => {
  afterAll(async () => {
    await withDb((db) => db.query('update public.profiles set display_name = $2 where id = $1', [someone.id, originalName]));
  });

  it.each([
    ['declares its length', false],
    ['streams in chunks', true],
  ])('a REST body of 1.9 MB that %s reaches PostgREST and is applied', async (how, chunked) => {
    const name = `Renamed (${how})`;
    const answer = await renameSelf(name, mb(1.9), chunked);
    expect(answer.status).toBe(204);
    expect(await displayName()).toBe(name);
  });

  it('a padded sign-up under the auth service’s 1 MB limit still signs up', async () => {
    const email = `padded-${crypto.randomUUID()}@example.com`;
    const answer = await signUpWith(email, mb(0.9), true);
    expect(answer.status).toBe(200);
    const { user } = JSON.parse(answer.text) as { user: { id: string } };
    throwaways.addUser(user.id);
    expect(await usersWith(email)).toBe(1);
  });
});

describe('an apikey in the query string', () => {
  it('is accepted as the key and kept from PostgREST, which would read it as a filter', async () => {
    const alone = await fetch(`${restUrl}/verdicts?select=id&apikey=${testStack.anonKey}`);
    expect(alone.status).toBe(200);
    expect(Array.isArray(await alone.json())).toBe(true);

    const withHeader = await fetch(`${restUrl}/verdicts?apikey=${testStack.anonKey}&select=id&limit=1`, {
      headers: { apikey: testStack.anonKey },
    });
    expect(withHeader.status).toBe(200);
    expect(((await withHeader.json()) as unknown[]).length).toBeLessThanOrEqual(1);
  });

  it('that is not a project key is still refused', async () => {
    const response = await fetch(`${restUrl}/verdicts?select=id&apikey=not-a-key`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Invalid API key' });
  });
});
