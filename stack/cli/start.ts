// `npm start`: the local stack and the Vite dev server together. Ctrl-C stops everything.
import { createServer, type ViteDevServer } from 'vite';
import { defaultDataDir, portsFromEnv, repoRoot } from '../config.ts';
import { assertPortFree, PortInUseError } from '../process.ts';
import { startStack, type RunningStack } from '../stack.ts';
import { demoAccounts, newsroomOf } from '../seed/seed-ids.ts';

const appPort = Number(process.env.FACTMARK_APP_PORT ?? 5173);
const verbose = process.env.FACTMARK_VERBOSE === '1';

let stack: RunningStack | undefined;
let vite: ViteDevServer | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await vite?.close().catch(() => undefined);
  await stack?.stop().catch(() => undefined);
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.log('\nStopping Factmark…');
    void shutdown(0);
  });
}

// `kill <npm's pid>` ends npm and its shell without passing the signal on; we notice by
// being handed to another parent, and stop rather than leave Postgres and PostgREST behind.
const launchedBy = process.ppid;
setInterval(() => {
  if (process.ppid !== launchedBy) void shutdown(0);
}, 500).unref();

try {
  await assertPortFree(appPort, 'app', 'FACTMARK_APP_PORT');
  const dataDir = defaultDataDir();
  console.log(`Starting the local stack (data in ${dataDir})…`);
  stack = await startStack({
    ports: portsFromEnv(),
    dataDir,
    seed: true,
    log: (line) => {
      if (verbose || line.startsWith('applied ')) console.log(line);
    },
    notice: (line) => console.log(line),
  });
  process.env.VITE_SUPABASE_URL = stack.apiUrl;
  process.env.VITE_SUPABASE_ANON_KEY = stack.anonKey;
  vite = await createServer({
    root: repoRoot,
    configFile: `${repoRoot}/vite.config.ts`,
    server: { port: appPort, strictPort: true, host: '127.0.0.1' },
  });
  await vite.listen();
  console.log(`
Factmark is running.
  App:       http://localhost:${appPort}
  API URL:   ${stack.apiUrl}
  Realtime:  ${stack.realtimeUrl}
  Anon key:  ${stack.anonKey}
  Database:  ${stack.dbUrl}
Demo accounts (password factmark-demo):
${demoAccounts.map((account) => `  ${account.email.padEnd(29)} ${account.role.padEnd(8)} ${newsroomOf(account.newsroom).name}`).join('\n')}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(error instanceof PortInUseError ? error.message : `Could not start Factmark: ${(error as Error).message}`);
  await shutdown(1);
}
