// Starts the whole local Supabase-compatible stack: Postgres (created, bootstrapped,
// migrated and seeded on first use; migrated on every start), auth, Realtime and PostgREST
// (each a process of its own, restarted when it dies), the gateway, and a watchdog that
// stops them all should this process be killed. Used by `npm start` and the test suites.
import pg from 'pg';
import path from 'node:path';
import { anonKey, authSetting, jwtSecret, realtimePortOf, repoRoot, serviceRoleKey, type StackConfig } from './config.ts';
import { startGateway } from './gateway.ts';
import { applyMigrations, applySqlFile } from './migrate.ts';
import { startPostgres } from './postgres.ts';
import { startPostgrest } from './postgrest.ts';
import { assertPortFree, superviseService } from './process.ts';
import { startWatchdog } from './watchdog-client.ts';

export interface RunningStack {
  apiUrl: string;
  /** The WebSocket URL supabase-js connects to (through the gateway). */
  realtimeUrl: string;
  dbUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  stop: () => Promise<void>;
}

export const supabaseDir = path.join(repoRoot, 'supabase');
const bootstrapFile = path.join(repoRoot, 'stack', 'sql', 'bootstrap.sql');
/** Realtime's schema: for every database without one, fresh or made before the stack had Realtime. */
export const realtimeSchemaFile = path.join(repoRoot, 'stack', 'sql', 'realtime.sql');

async function applyRealtimeSchemaIfMissing(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ present: boolean }>(`select to_regnamespace('realtime') is not null as present`);
  if (rows[0]?.present) return false;
  await applySqlFile(client, realtimeSchemaFile);
  return true;
}

export async function prepareDatabase(dbUrl: string, options: { fresh: boolean; seed: boolean; log: (line: string) => void }) {
  const client = new pg.Client(dbUrl);
  await client.connect();
  try {
    if (options.fresh) await applySqlFile(client, bootstrapFile);
    if ((await applyRealtimeSchemaIfMissing(client)) && !options.fresh) options.log('applied stack/sql/realtime.sql');
    const applied = await applyMigrations(client, path.join(supabaseDir, 'migrations'));
    for (const migration of applied) options.log(`applied migration ${migration.version}_${migration.name}`);
    if (options.fresh && options.seed) {
      await applySqlFile(client, path.join(supabaseDir, 'seed.sql'));
      options.log('applied supabase/seed.sql');
    }
  } finally {
    await client.end();
  }
}

export async function startStack(config: StackConfig): Promise<RunningStack> {
  const { ports, log } = config;
  await assertPortFree(ports.api, 'API gateway', 'FACTMARK_API_PORT');
  await assertPortFree(ports.db, 'PostgreSQL', 'FACTMARK_DB_PORT');
  await assertPortFree(ports.postgrest, 'PostgREST', 'FACTMARK_POSTGREST_PORT');
  await assertPortFree(ports.auth, 'auth', 'FACTMARK_AUTH_PORT');
  const realtimePort = realtimePortOf(ports);
  await assertPortFree(realtimePort, 'Realtime', 'FACTMARK_REALTIME_PORT');

  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) {
      await stopOne().catch((error: unknown) => log(`while stopping: ${String(error)}`));
    }
    stops.length = 0;
  };
  try {
    const watchdog = startWatchdog(config.dataDir);
    stops.push(async () => watchdog.release());
    const postgres = await startPostgres({ dataDir: config.dataDir, port: ports.db, log });
    stops.push(postgres.stop);
    await prepareDatabase(postgres.url, { fresh: postgres.created, seed: config.seed, log });

    const notice = config.notice ?? log;
    const authUrl = `http://127.0.0.1:${ports.auth}`;
    const auth = await superviseService({
      name: 'auth',
      command: process.execPath,
      args: ['--import', 'tsx', path.join(repoRoot, 'stack', 'auth', 'main.ts')],
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        FACTMARK_AUTH_PORT: String(ports.auth),
        FACTMARK_AUTH_DATABASE_URL: `postgresql://supabase_auth_admin:postgres@127.0.0.1:${ports.db}/postgres`,
        FACTMARK_JWT_SECRET: jwtSecret,
        FACTMARK_AUTH_ISSUER: `http://127.0.0.1:${ports.api}/auth/v1`,
        FACTMARK_REFRESH_TOKEN_REUSE_INTERVAL: String(authSetting('refresh_token_reuse_interval') ?? 10),
      },
      healthUrl: `${authUrl}/auth/v1/health`,
      log,
      notice,
      watchdog,
    });
    stops.push(auth.stop);

    const realtimeServiceUrl = `http://127.0.0.1:${realtimePort}`;
    const realtime = await superviseService({
      name: 'Realtime',
      command: process.execPath,
      args: ['--import', 'tsx', path.join(repoRoot, 'stack', 'realtime', 'main.ts')],
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH ?? '',
        FACTMARK_REALTIME_PORT: String(realtimePort),
        FACTMARK_REALTIME_DATABASE_URL: `postgresql://supabase_realtime_admin:postgres@127.0.0.1:${ports.db}/postgres`,
        FACTMARK_JWT_SECRET: jwtSecret,
      },
      healthUrl: `${realtimeServiceUrl}/api/health`,
      log,
      notice,
      watchdog,
    });
    stops.push(realtime.stop);

    const postgrest = await startPostgrest({ port: ports.postgrest, dbPort: ports.db, jwtSecret, log, notice, watchdog });
    stops.push(postgrest.stop);

    const gateway = await startGateway({
      port: ports.api,
      postgrestUrl: postgrest.url,
      authUrl,
      realtimeUrl: realtimeServiceUrl,
      apiKeys: [anonKey, serviceRoleKey],
    });
    stops.push(gateway.stop);

    const realtimeUrl = `${gateway.url.replace(/^http/, 'ws')}/realtime/v1/websocket`;
    return { apiUrl: gateway.url, realtimeUrl, dbUrl: postgres.url, anonKey, serviceRoleKey, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
