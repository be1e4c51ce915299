// Access tokens as Supabase Realtime judges them, with its words for each refusal, since
// clients show them: a token signed with the project's secret carrying `role` and `exp`
// passes (the anon key among them); an expired one says how long ago; a foreign signature, an
// unsigned token, something that is not a JWT and one without `role` or `exp` are refused.
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { anonKey, jwtSecret } from '../config.ts';
import { createTokenVerifier, TokenError } from './authorization.ts';

const verify = createTokenVerifier(jwtSecret);
const now = () => Math.floor(Date.now() / 1000);

function signed(claims: Record<string, unknown>, secret = jwtSecret) {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

async function refusal(token: string): Promise<{ code: string; message: string }> {
  const error = await verify(token).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TokenError)) throw new Error(`expected a TokenError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

describe('access tokens', () => {
  it('passes the anon key and a signed-in user\'s token', async () => {
    expect(await verify(anonKey)).toMatchObject({ role: 'anon' });
    const token = await signed({ role: 'authenticated', sub: 'u-1', exp: now() + 60 });
    expect(await verify(token)).toMatchObject({ role: 'authenticated', sub: 'u-1' });
  });

  it.each([
    ['expired', async () => signed({ role: 'authenticated', exp: now() - 7 }), 'InvalidJWTToken', /^Token has expired [7-9] seconds ago$/],
    ['signed with another secret', async () => signed({ role: 'anon', exp: now() + 60 }, 'another-secret-of-at-least-32-characters!!'), 'JwtSignatureError', /^Failed to validate JWT signature$/],
    ['unsigned', async () => new UnsecuredJWT({ role: 'anon', exp: now() + 60 }).encode(), 'JwtSignerError', /^Failed to generate JWT signer/],
    ['not a JWT', async () => 'not-a-jwt', 'MalformedJWT', /^The token provided is not a valid JWT$/],
    ['without role', async () => signed({ exp: now() + 60 }), 'InvalidJWTToken', /^Fields `role` and `exp` are required in JWT$/],
    ['without exp', async () => signed({ role: 'anon' }), 'InvalidJWTToken', /^Fields `role` and `exp` are required in JWT$/],
  ])('refuses a token %s', async (_name, make, code, message) => {
    const refused = await refusal(await make());
    expect(refused.code).toBe(code);
    expect(refused.message).toMatch(message);
  });
});
