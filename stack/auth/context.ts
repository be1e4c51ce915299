// What every auth route handler gets: the database pool, the token kit, the request.
import type http from 'node:http';
import type pg from 'pg';
import type { Reply } from './http.ts';
import type { TokenKit } from './tokens.ts';

export interface AuthContext {
  pool: pg.Pool;
  tokens: TokenKit;
  /** A bcrypt hash of nothing in particular, checked against when an email is unknown. */
  decoyHash: string;
  /** How long a rotated refresh token may still be used (GoTrue's reuse interval). */
  refreshTokenReuseIntervalSeconds: number;
  log: (line: string) => void;
}

export interface RouteRequest {
  request: http.IncomingMessage;
  url: URL;
  /** Path parameters, e.g. the user id of /admin/users/{id}. */
  params: Record<string, string>;
}

export type RouteHandler = (context: AuthContext, route: RouteRequest) => Promise<Reply>;

/** Runs `work` in a transaction, committed when it returns and rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
