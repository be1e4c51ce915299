// Sessions and their refresh tokens, as GoTrue keeps them in auth.sessions and
// auth.refresh_tokens. Refreshing rotates: the presented token is revoked and a child
// (parent = presented token) is issued. A revoked token presented again within the reuse
// interval (refresh_token_reuse_interval in supabase/config.toml) still refreshes, as in
// GoTrue, so two tabs refreshing at once both stay signed in; later, it is treated as
// theft: the whole session ends, so neither the thief nor the victim can refresh it.
import type pg from 'pg';
import { badRequest, type AuthError } from './errors.ts';
import { newRefreshToken } from './tokens.ts';
import { instanceId, type Db } from './users.ts';

export interface SessionGrant {
  sessionId: string;
  sessionCreatedAt: Date;
  refreshToken: string;
}

export type LogoutScope = 'global' | 'local' | 'others';

async function insertRefreshToken(db: Db, userId: string, sessionId: string, parent: string | null): Promise<string> {
  const token = newRefreshToken();
  await db.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, parent, session_id, created_at, updated_at)
     values ($1, $2, $3, false, $4, $5, now(), now())`,
    [instanceId, token, userId, parent, sessionId],
  );
  return token;
}

export async function createSession(db: Db, userId: string): Promise<SessionGrant> {
  const session = await db.query<{ id: string; created_at: Date }>(
    `insert into auth.sessions (id, user_id, created_at, updated_at)
     values (gen_random_uuid(), $1, now(), now()) returning id, created_at`,
    [userId],
  );
  const row = session.rows[0] as { id: string; created_at: Date };
  const refreshToken = await insertRefreshToken(db, userId, row.id, null);
  return { sessionId: row.id, sessionCreatedAt: row.created_at, refreshToken };
}

/** A live session of this user: it exists and its not_after (if any) is still ahead. */
export async function sessionIsActive(db: Db, sessionId: string, userId: string): Promise<boolean> {
  const result = await db.query(
    `select 1 from auth.sessions where id = $1 and user_id = $2 and (not_after is null or not_after > now())`,
    [sessionId, userId],
  );
  return (result.rowCount ?? 0) > 0;
}

interface PresentedToken {
  id: string;
  user_id: string;
  revoked: boolean | null;
  /** Revoked no longer ago than the reuse interval. */
  reusable: boolean;
  session_id: string | null;
  session_user_id: string | null;
  session_created_at: Date | null;
  session_expired: boolean | null;
}

export type Rotation =
  | { kind: 'rotated'; userId: string; grant: SessionGrant }
  | { kind: 'refused'; error: AuthError; commit: boolean };

/**
 * Rotates a refresh token inside the caller's transaction. The token row is locked, so
 * two concurrent refreshes with one token cannot both succeed. A `refused` result with
 * `commit` must still be committed: it carries the revocation of a reused token's session.
 */
export async function rotateRefreshToken(
  client: pg.PoolClient,
  presented: string,
  reuseIntervalSeconds: number,
): Promise<Rotation> {
  const found = await client.query<PresentedToken>(
    `select rt.id, rt.user_id, rt.revoked, rt.updated_at + make_interval(secs => $2) >= now() as reusable,
            rt.session_id, s.user_id as session_user_id,
            s.created_at as session_created_at, (s.not_after is not null and s.not_after <= now()) as session_expired
       from auth.refresh_tokens rt
       left join auth.sessions s on s.id = rt.session_id
      where rt.token = $1
        for update of rt`,
    [presented, reuseIntervalSeconds],
  );
  const token = found.rows[0];
  if (!token) {
    return { kind: 'refused', commit: false, error: badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found') };
  }
  if (!token.session_id || !token.session_user_id || !token.session_created_at) {
    return { kind: 'refused', commit: false, error: badRequest('session_not_found', 'Invalid Refresh Token: No Valid Session Found') };
  }
  if (token.session_expired) {
    return { kind: 'refused', commit: false, error: badRequest('session_expired', 'Invalid Refresh Token: Session Expired') };
  }
  const rotated = (refreshToken: string): Rotation => ({
    kind: 'rotated',
    userId: token.session_user_id as string,
    grant: { sessionId: token.session_id as string, sessionCreatedAt: token.session_created_at as Date, refreshToken },
  });
  if (token.revoked) {
    if (!token.reusable) {
      await client.query('delete from auth.sessions where id = $1', [token.session_id]);
      return { kind: 'refused', commit: true, error: badRequest('refresh_token_already_used', 'Invalid Refresh Token: Already Used') };
    }
    // GoTrue's allowed reuse: the parent of the session's current token gets that token
    // back (so concurrent refreshes end up holding the same one); an older token gets a
    // new child. Its updated_at stays, so reuse cannot stretch its own interval.
    const current = await client.query<{ token: string; parent: string | null }>(
      `select token, parent from auth.refresh_tokens where session_id = $1 and revoked = false order by id desc limit 1`,
      [token.session_id],
    );
    const active = current.rows[0];
    if (active?.parent === presented) return rotated(active.token);
    return rotated(await insertRefreshToken(client, token.session_user_id, token.session_id, presented));
  }
  await client.query('update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1', [token.id]);
  await client.query('update auth.sessions set updated_at = now() where id = $1', [token.session_id]);
  return rotated(await insertRefreshToken(client, token.session_user_id, token.session_id, presented));
}

/**
 * GoTrue's logout: `local` ends the caller's session, `others` every other session of the
 * user, `global` all of them. Ending a session deletes it and, by cascade, its refresh
 * tokens. A token without a session (not one this service issues) ends everything.
 */
export async function endSessions(db: Db, userId: string, sessionId: string | undefined, scope: LogoutScope) {
  if (sessionId && scope === 'local') {
    await db.query('delete from auth.sessions where id = $1', [sessionId]);
  } else if (sessionId && scope === 'others') {
    await db.query('delete from auth.sessions where user_id = $1 and id <> $2', [userId, sessionId]);
  } else {
    await db.query('delete from auth.sessions where user_id = $1', [userId]);
    await db.query('update auth.refresh_tokens set revoked = true, updated_at = now() where user_id = $1', [userId]);
  }
}
