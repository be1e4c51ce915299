// The demo keys the stack hands out must be real JWTs signed with the local secret, with
// the roles PostgREST switches to, or every request would fail in confusing ways.
import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { anonKey, jwtSecret, portsFromEnv, serviceRoleKey } from './config.ts';

const secret = new TextEncoder().encode(jwtSecret);

describe('local stack keys', () => {
  it.each([
    ['anon key', anonKey, 'anon'],
    ['service-role key', serviceRoleKey, 'service_role'],
  ])('the %s is signed with the JWT secret and carries role %s', async (_name, key, role) => {
    const { payload, protectedHeader } = await jwtVerify(key, secret);
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload.role).toBe(role);
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('ports from the environment', () => {
  it('defaults to the Supabase CLI ports', () => {
    expect(portsFromEnv({})).toMatchObject({ api: 54321, db: 54322 });
  });

  it('takes overrides and refuses what is not a port', () => {
    expect(portsFromEnv({ FACTMARK_API_PORT: '60000' }).api).toBe(60000);
    expect(() => portsFromEnv({ FACTMARK_DB_PORT: 'abc' })).toThrow('FACTMARK_DB_PORT=abc is not a port number');
  });
});
