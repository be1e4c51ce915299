// The demo keys the stack hands out must be real JWTs signed with the local secret, with
// the roles PostgREST switches to, or every request would fail in confusing ways; ports
// and auth settings come from the environment and supabase/config.toml.
import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { anonKey, authSetting, jwtSecret, portsFromEnv, realtimePortOf, serviceRoleKey } from './config.ts';

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

  it('puts Realtime at 54334 or FACTMARK_REALTIME_PORT, and beside the gateway when a caller names no port for it', () => {
    expect(portsFromEnv({}).realtime).toBe(54334);
    expect(portsFromEnv({ FACTMARK_REALTIME_PORT: '57334' }).realtime).toBe(57334);
    expect(realtimePortOf({ api: 26321, db: 26322, postgrest: 26331, auth: 26332 })).toBe(26334);
    expect(realtimePortOf({ api: 26321, db: 26322, postgrest: 26331, auth: 26332, realtime: 26399 })).toBe(26399);
  });
});

describe('auth settings from supabase/config.toml', () => {
  it('reads the refresh token reuse interval the Supabase CLI uses', () => {
    expect(authSetting('refresh_token_reuse_interval')).toBe(10);
  });

  it('reads a key only from the [auth] table', () => {
    const toml = '[api]\nport = 1\n[auth]\nport = 2 # comment\n[auth.email]\nport = 3\n';
    expect(authSetting('port', toml)).toBe(2);
    expect(authSetting('missing', toml)).toBeUndefined();
  });
});
