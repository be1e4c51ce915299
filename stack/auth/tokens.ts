// Access tokens (HS256 JWTs with GoTrue's claims, signed and verified with jose) and
// opaque refresh tokens.
import { randomBytes } from 'node:crypto';
import { SignJWT, errors, jwtVerify, type JWTPayload } from 'jose';
import { forbidden } from './errors.ts';
import type { JsonObject } from './http.ts';

export const accessTokenLifetimeSeconds = 3600;

export interface AccessTokenClaims extends JWTPayload {
  role?: string;
  session_id?: string;
  email?: string;
  is_anonymous?: boolean;
}

export interface TokenSubject {
  id: string;
  email: string | null;
  phone: string | null;
  appMetadata: JsonObject;
  userMetadata: JsonObject;
  isAnonymous: boolean;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: number;
}

export interface TokenKit {
  issue(user: TokenSubject, session: { id: string; createdAt: Date }): Promise<IssuedAccessToken>;
  /** Signature and expiry, as GoTrue checks a Bearer; 403 bad_jwt otherwise. */
  verify(token: string): Promise<AccessTokenClaims>;
}

function verificationFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token has invalid claims: token is expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `token has invalid claims: ${error.message}`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'token signature is invalid: signature is invalid';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'token is unverifiable: signing method is invalid';
  return 'token is malformed: could not decode the token';
}

export function createTokenKit(options: { jwtSecret: string; issuer: string }): TokenKit {
  const key = new TextEncoder().encode(options.jwtSecret);
  return {
    async issue(user, session) {
      const issuedAt = Math.floor(Date.now() / 1000);
      const expiresAt = issuedAt + accessTokenLifetimeSeconds;
      const token = await new SignJWT({
        email: user.email ?? '',
        phone: user.phone ?? '',
        app_metadata: user.appMetadata,
        user_metadata: user.userMetadata,
        role: 'authenticated',
        aal: 'aal1',
        amr: [{ method: 'password', timestamp: Math.floor(session.createdAt.getTime() / 1000) }],
        session_id: session.id,
        is_anonymous: user.isAnonymous,
      })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(options.issuer)
        .setSubject(user.id)
        .setAudience('authenticated')
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify<AccessTokenClaims>(token, key, { algorithms: ['HS256'] });
        return payload;
      } catch (error) {
        throw forbidden('bad_jwt', `invalid JWT: unable to parse or verify signature, ${verificationFailure(error)}`);
      }
    },
  };
}

/** 32 random bytes; only their holder can refresh the session. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}
