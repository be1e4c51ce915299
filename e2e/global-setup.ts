// Starts what the end-to-end tests run against: a seeded stack in a throwaway data
// directory and a Vite dev server pointed at it. The returned function (Playwright's
// global teardown) stops both and deletes the data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'vite';
import { repoRoot } from '../stack/config.ts';
import { startStack } from '../stack/stack.ts';
import { e2ePorts } from './ports.ts';

export default async function globalSetup() {
  const root = await mkdtemp(path.join(tmpdir(), 'factmark-e2e-'));
  const dataDir = path.join(root, 'db');
  const cleanups: Array<() => Promise<void>> = [() => rm(root, { recursive: true, force: true })];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };

  try {
    const stack = await startStack({
      ports: { api: e2ePorts.api, db: e2ePorts.db, postgrest: e2ePorts.postgrest, auth: e2ePorts.auth },
      dataDir,
      seed: true,
      log: () => {},
    });
    cleanups.push(stack.stop);

    // Vite gives variables from the process environment priority over .env files, so a
    // developer's .env.local cannot point the tests at their own database.
    process.env.VITE_SUPABASE_URL = stack.apiUrl;
    process.env.VITE_SUPABASE_ANON_KEY = stack.anonKey;
    const server = await createServer({
      configFile: path.join(repoRoot, 'vite.config.ts'),
      root: repoRoot,
      // Its own dependency cache, so it never fights a developer's dev server over one.
      cacheDir: path.join(repoRoot, 'node_modules', `.vite-e2e-${e2ePorts.app}`),
      server: { host: '127.0.0.1', port: e2ePorts.app, strictPort: true },
      clearScreen: false,
      logLevel: 'warn',
    });
    cleanups.push(() => server.close());
    await server.listen();
  } catch (error) {
    await teardown();
    throw error;
  }

  return teardown;
}
