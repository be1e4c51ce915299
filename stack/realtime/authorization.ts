// Who may do what on a channel, as Supabase Realtime decides it: the access token is an
// HS256 JWT signed with the project's secret that must carry `role` and `exp`; on a private
// channel the RLS policies of realtime.messages decide. Reading is checked as Supabase does:
// probe rows for the topic (one per extension) are inserted as the service's own role, then,
// as the caller's role with their claims and realtime.topic() set, selected back, all in a
// transaction that is rolled back; writing is an insert as the caller, refused or not.
// The error texts are Supabase's, since clients show them.
import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, type JWTPayload } from 'jose';
import type pg from 'pg';

export interface Claims extends JWTPayload {
  role: string;
  exp: number;
}

export class TokenError extends Error {
  constructor(
    /** The code Supabase prefixes a refused join with (InvalidJWTToken, JwtSignatureError…). */
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TokenError';
  }
}

export function createTokenVerifier(jwtSecret: string) {
  const key = new TextEncoder().encode(jwtSecret);
  return async function verify(token: string): Promise<Claims> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token.replace(/\s/g, ''), key, { algorithms: ['HS256', 'HS384', 'HS512'] }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        const exp = Number((error.payload as JWTPayload).exp);
        throw new TokenError('InvalidJWTToken', `Token has expired ${Math.floor(Date.now() / 1000) - exp} seconds ago`);
      }
      if (error instanceof errors.JWSSignatureVerificationFailed) throw new TokenError('JwtSignatureError', 'Failed to validate JWT signature');
      if (error instanceof errors.JOSEAlgNotAllowed) {
        throw new TokenError('JwtSignerError', 'Failed to generate JWT signer, check your JWT secret or JWKS configuration');
      }
      throw new TokenError('MalformedJWT', 'The token provided is not a valid JWT');
    }
    if (typeof payload.role !== 'string' || typeof payload.exp !== 'number') {
      throw new TokenError('InvalidJWTToken', 'Fields `role` and `exp` are required in JWT');
    }
    return payload as Claims;
  };
}

export type Extension = 'broadcast' | 'presence';

export interface Policies {
  broadcast: { read: boolean; write?: boolean };
  presence: { read: boolean; write?: boolean };
}

/** Sets, for this transaction only, what PostgREST sets for a request and realtime.topic(). */
async function actAs(client: pg.PoolClient, claims: Claims, topic: string) {
  await client.query(
    `select set_config('role', $1, true), set_config('realtime.topic', $2, true), set_config('request.jwt.claims', $3, true),
       set_config('request.jwt.claim.sub', $4, true), set_config('request.jwt.claim.role', $1, true)`,
    [claims.role, topic, JSON.stringify(claims), typeof claims.sub === 'string' ? claims.sub : ''],
  );
}

async function inRolledBackTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    return await work(client);
  } finally {
    await client.query('rollback').catch(() => undefined);
    client.release();
  }
}

/** May the caller read broadcast and presence messages of the topic (the sub-topic, without `realtime:`)? */
export function readPolicies(pool: pg.Pool, claims: Claims, topic: string): Promise<Policies> {
  return inRolledBackTransaction(pool, async (client) => {
    const probes = { broadcast: randomUUID(), presence: randomUUID() };
    await client.query(
      `insert into realtime.messages (id, topic, extension) values ($1, $3, 'broadcast'), ($2, $3, 'presence')`,
      [probes.broadcast, probes.presence, topic],
    );
    await actAs(client, claims, topic);
    const { rows } = await client.query<{ id: string }>('select id from realtime.messages where id = any($1::uuid[])', [
      [probes.broadcast, probes.presence],
    ]);
    const seen = new Set(rows.map((row) => row.id));
    return { broadcast: { read: seen.has(probes.broadcast) }, presence: { read: seen.has(probes.presence) } };
  });
}

/** May the caller write (send) messages of this extension on the topic? */
export function mayWrite(pool: pg.Pool, claims: Claims, topic: string, extension: Extension): Promise<boolean> {
  return inRolledBackTransaction(pool, async (client) => {
    await actAs(client, claims, topic);
    try {
      await client.query('insert into realtime.messages (topic, extension) values ($1, $2)', [topic, extension]);
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === '42501') return false;
      throw error;
    }
  });
}
