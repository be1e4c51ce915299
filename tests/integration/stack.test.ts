// The local stack as a client or an attacker meets it: the gateway's apikey check and
// CORS, PostgREST's refusal of forged or expired tokens, and the start-up errors a
// developer sees (a broken migration, a port already taken).
import { SignJWT } from 'jose';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtSecret } from '../../stack/config.ts';
import { applyMigrations } from '../../stack/migrate.ts';
import { assertPortFree } from '../../stack/process.ts';
import { testStack, withDb } from '../support/clients.ts';

const restUrl = `${testStack.apiUrl}/rest/v1/verdicts?select=id`;

async function signToken(claims: Record<string, unknown>, secret: string, expiresIn: string | number) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}

describe('gateway', () => {
  it.each([
    ['REST', restUrl],
    ['auth', `${testStack.apiUrl}/auth/v1/health`],
  ])('refuses a %s request without an apikey with 401', async (_name, url) => {
    const response = await fetch(url);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'No API key found in request' });
  });

  it('refuses an apikey that is not one of the project keys', async () => {
    const forged = await signToken({ role: 'anon' }, 'another-secret-that-is-at-least-32-chars', '1h');
    const response = await fetch(restUrl, { headers: { apikey: forged } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'Invalid API key' });
  });

  it('passes a request with the anon key through to PostgREST', async () => {
    const response = await fetch(restUrl, { headers: { apikey: testStack.anonKey } });
    expect(response.status).toBe(200);
    expect(Array.isArray(await response.json())).toBe(true);
  });

  it('answers a CORS preflight from the app', async () => {
    const response = await fetch(restUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'apikey, authorization, content-type, prefer',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('answers an unknown path with 404', async () => {
    const response = await fetch(`${testStack.apiUrl}/storage/v1/bucket`, { headers: { apikey: testStack.anonKey } });
    expect(response.status).toBe(404);
  });
});

describe('PostgREST behind the gateway', () => {
  const sub = '00000000-0000-4000-8000-00000000beef';

  it('refuses a user token signed with another secret with 401', async () => {
    const forged = await signToken({ sub, role: 'authenticated', aud: 'authenticated' }, 'x'.repeat(40), '1h');
    const response = await fetch(restUrl, { headers: { apikey: testStack.anonKey, authorization: `Bearer ${forged}` } });
    expect(response.status).toBe(401);
  });

  it('refuses an expired user token with 401', async () => {
    const expired = await signToken(
      { sub, role: 'authenticated', aud: 'authenticated' },
      jwtSecret,
      Math.floor(Date.now() / 1000) - 60,
    );
    const response = await fetch(restUrl, { headers: { apikey: testStack.anonKey, authorization: `Bearer ${expired}` } });
    expect(response.status).toBe(401);
    expect((await response.json()) as { message: string }).toMatchObject({ message: expect.stringMatching(/expired/i) });
  });

  it('refuses a token that claims a role the database does not have', async () => {
    const token = await signToken({ sub, role: 'postgres' }, jwtSecret, '1h');
    const response = await fetch(restUrl, { headers: { apikey: testStack.anonKey, authorization: `Bearer ${token}` } });
    expect(response.status).toBeGreaterThanOrEqual(400);
  });
});

describe('start-up errors', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-migrations-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('stops at a failing migration, naming the file and the Postgres error, and records nothing', async () => {
    await writeFile(path.join(dir, '29990101000000_broken.sql'), 'create table public.broken (id int);\nselect 1/0;\n');
    await withDb(async (client) => {
      await expect(applyMigrations(client, dir)).rejects.toThrow(
        /29990101000000_broken\.sql failed: division by zero \(SQLSTATE 22012\)/,
      );
      const { rows } = await client.query(
        `select to_regclass('public.broken') as broken,
                exists (select 1 from supabase_migrations.schema_migrations where version = '29990101000000') as recorded`,
      );
      expect(rows[0]).toEqual({ broken: null, recorded: false });
    });
  });

  it('names a port that is already taken and how to choose another', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      await expect(assertPortFree(port, 'API gateway', 'FACTMARK_API_PORT')).rejects.toThrow(
        `Port ${port} (API gateway) is already in use: stop what uses it, or pick another with FACTMARK_API_PORT=<port>`,
      );
    } finally {
      blocker.close();
    }
  });
});
