// The local stack's auth service: a GoTrue-compatible HTTP API (the part of Supabase
// Auth that supabase-js v2 calls for email and password accounts) over the auth schema,
// connecting as supabase_auth_admin. It serves /auth/v1/... exactly as the gateway
// forwards it; CORS and the apikey check are the gateway's job.
import http from 'node:http';
import pg from 'pg';
import type { AuthContext, RouteHandler } from './context.ts';
import {
  AuthError,
  apiVersionHeader,
  errorBody,
  fromDatabaseError,
  negotiatedApiVersion,
  unexpectedFailure,
} from './errors.ts';
import { sendReply, type Reply } from './http.ts';
import { createUser, deleteUserById, getUserById, listAllUsers, updateUserById } from './routes-admin.ts';
import { health, jwks, settings, signup, token } from './routes-public.ts';
import { getUser, logout, updateOwnUser } from './routes-user.ts';
import { createTokenKit } from './tokens.ts';
import { bcryptCost } from './users.ts';

export interface AuthOptions {
  port: number;
  databaseUrl: string;
  jwtSecret: string;
  log: (line: string) => void;
  /** The `iss` of access tokens; defaults to what `supabase start` puts there. */
  issuer?: string;
  /** supabase/config.toml's refresh_token_reuse_interval (GoTrue's default, 10 s, without one). */
  refreshTokenReuseIntervalSeconds?: number;
}

export interface RunningAuth {
  url: string;
  stop(): Promise<void>;
}

const basePath = '/auth/v1';
const defaultIssuer = 'http://127.0.0.1:54321/auth/v1';
/** How long stop() lets requests in flight finish before cutting their connections. */
const shutdownGraceMs = 1000;

interface Route {
  method: string;
  path: RegExp;
  handler: RouteHandler;
}

const routes: readonly Route[] = [
  { method: 'GET', path: /^\/health$/, handler: health },
  { method: 'GET', path: /^\/settings$/, handler: settings },
  { method: 'GET', path: /^\/\.well-known\/jwks\.json$/, handler: jwks },
  { method: 'POST', path: /^\/signup$/, handler: signup },
  { method: 'POST', path: /^\/token$/, handler: token },
  { method: 'GET', path: /^\/user$/, handler: getUser },
  { method: 'PUT', path: /^\/user$/, handler: updateOwnUser },
  { method: 'POST', path: /^\/logout$/, handler: logout },
  { method: 'GET', path: /^\/admin\/users$/, handler: listAllUsers },
  { method: 'POST', path: /^\/admin\/users$/, handler: createUser },
  { method: 'GET', path: /^\/admin\/users\/(?<id>[^/]+)$/, handler: getUserById },
  { method: 'PUT', path: /^\/admin\/users\/(?<id>[^/]+)$/, handler: updateUserById },
  { method: 'DELETE', path: /^\/admin\/users\/(?<id>[^/]+)$/, handler: deleteUserById },
];

async function dispatch(context: AuthContext, request: http.IncomingMessage, url: URL): Promise<Reply> {
  const inside = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
  const path = inside ? url.pathname.slice(basePath.length).replace(/(.)\/+$/, '$1') : undefined;
  const matching = path === undefined ? [] : routes.filter((route) => route.path.test(path));
  if (matching.length === 0) throw new AuthError(404, 'not_found', 'Not Found');
  const route = matching.find((candidate) => candidate.method === request.method);
  if (!route || path === undefined) throw new AuthError(405, 'method_not_allowed', 'Method Not Allowed');
  const params = route.path.exec(path)?.groups ?? {};
  return route.handler(context, { request, url, params: { ...params } });
}

function asAuthError(error: unknown, context: AuthContext, request: http.IncomingMessage): AuthError {
  if (error instanceof AuthError) return error;
  const fromDatabase = fromDatabaseError(error);
  if (fromDatabase) return fromDatabase;
  context.log(`auth: ${request.method} ${request.url} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return unexpectedFailure();
}

async function handle(context: AuthContext, request: http.IncomingMessage, response: http.ServerResponse) {
  const header = request.headers[apiVersionHeader];
  const apiVersion = negotiatedApiVersion(Array.isArray(header) ? header[0] : header);
  try {
    const url = new URL(request.url ?? '/', 'http://auth.invalid');
    sendReply(response, await dispatch(context, request, url));
  } catch (caught) {
    const error = asAuthError(caught, context, request);
    const headers: Record<string, string> = apiVersion ? { [apiVersionHeader]: apiVersion } : {};
    // An oversized body read only in part leaves the connection unusable.
    if (error.status === 413 && !request.complete) headers.connection = 'close';
    if (response.headersSent) {
      response.destroy();
      return;
    }
    sendReply(response, { status: error.status, body: errorBody(error, apiVersion), headers });
  }
}

async function decoyPasswordHash(pool: pg.Pool): Promise<string> {
  try {
    const result = await pool.query<{ hash: string }>(
      `select extensions.crypt('decoy', extensions.gen_salt('bf', ${bcryptCost})) as hash`,
    );
    return (result.rows[0] as { hash: string }).hash;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = /permission denied for schema extensions/.test(message)
      ? ' (run `grant usage on schema extensions to supabase_auth_admin`)'
      : '';
    throw new Error(`auth cannot hash passwords with pgcrypto in the database: ${message}${hint}`, { cause: error });
  }
}

export async function startAuth(options: AuthOptions): Promise<RunningAuth> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 5 });
  pool.on('error', (error) => options.log(`auth: idle database connection failed: ${error.message}`));
  let decoyHash: string;
  try {
    decoyHash = await decoyPasswordHash(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const context: AuthContext = {
    pool,
    tokens: createTokenKit({ jwtSecret: options.jwtSecret, issuer: options.issuer ?? defaultIssuer }),
    decoyHash,
    refreshTokenReuseIntervalSeconds: options.refreshTokenReuseIntervalSeconds ?? 10,
    log: options.log,
  };

  const server = http.createServer((request, response) => {
    void handle(context, request, response);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  const url = `http://127.0.0.1:${options.port}`;
  options.log(`auth listening on ${url}${basePath}`);

  let stopping: Promise<void> | undefined;
  const stop = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const cutOff = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
    cutOff.unref();
    await closed;
    clearTimeout(cutOff);
    await pool.end();
  };
  return {
    url,
    stop: () => {
      stopping ??= stop();
      return stopping;
    },
  };
}
