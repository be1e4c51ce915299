// Who is calling: GoTrue's requireAuthentication (a user's access token whose user and
// session still exist) and requireAdmin (a token with an admin role, such as the
// service-role key).
import type http from 'node:http';
import type { AuthContext } from './context.ts';
import { badRequest, forbidden } from './errors.ts';
import { bearerToken } from './http.ts';
import { sessionIsActive } from './sessions.ts';
import type { AccessTokenClaims } from './tokens.ts';
import { findUserById, isBanned, type UserRow } from './users.ts';
import { isUuid } from './validation.ts';

/** GoTrue's default GOTRUE_JWT_ADMIN_ROLES. */
const adminRoles = new Set(['service_role', 'supabase_admin']);
const nilUuid = '00000000-0000-0000-0000-000000000000';

export interface Caller {
  user: UserRow;
  claims: AccessTokenClaims;
  /** Absent when the token names no session (tokens this service issues always do). */
  sessionId: string | undefined;
}

export async function requireUser(context: AuthContext, request: http.IncomingMessage): Promise<Caller> {
  const claims = await context.tokens.verify(bearerToken(request));
  if (typeof claims.sub !== 'string' || claims.sub === '') throw forbidden('bad_jwt', 'invalid claim: missing sub claim');
  if (!isUuid(claims.sub)) throw badRequest('bad_jwt', 'invalid claim: sub claim must be a UUID');
  const user = await findUserById(context.pool, claims.sub);
  if (!user) throw forbidden('user_not_found', 'User from sub claim in JWT does not exist');

  let sessionId: string | undefined;
  const claimed = claims.session_id;
  if (claimed !== undefined && claimed !== '' && claimed !== nilUuid) {
    if (typeof claimed !== 'string' || !isUuid(claimed)) {
      throw forbidden('bad_jwt', 'invalid claim: session_id claim must be a UUID');
    }
    if (!(await sessionIsActive(context.pool, claimed, user.id))) {
      throw forbidden('session_not_found', 'Session from session_id claim in JWT does not exist');
    }
    sessionId = claimed;
  }
  if (isBanned(user)) throw forbidden('user_banned', 'User is banned');
  return { user, claims, sessionId };
}

export async function requireAdmin(context: AuthContext, request: http.IncomingMessage): Promise<void> {
  const claims = await context.tokens.verify(bearerToken(request));
  if (typeof claims.role !== 'string' || !adminRoles.has(claims.role)) {
    throw forbidden('not_admin', 'User not allowed');
  }
}
