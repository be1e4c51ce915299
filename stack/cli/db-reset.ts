// `npm run db:reset`: throws the local database away and builds it again from
// bootstrap, migrations and seed. Refuses while `npm start` is using it.
import { rm } from 'node:fs/promises';
import { defaultDataDir, portsFromEnv } from '../config.ts';
import { prepareDatabase } from '../stack.ts';
import { startPostgres } from '../postgres.ts';
import { assertPortFree, PortInUseError } from '../process.ts';

const dataDir = defaultDataDir();
const { db } = portsFromEnv();
try {
  await assertPortFree(db, 'PostgreSQL', 'FACTMARK_DB_PORT');
  await rm(dataDir, { recursive: true, force: true });
  const postgres = await startPostgres({ dataDir, port: db, log: () => undefined });
  try {
    await prepareDatabase(postgres.url, { fresh: true, seed: true, log: (line) => console.log(line) });
  } finally {
    await postgres.stop();
  }
  console.log(`Database reset: ${dataDir}`);
} catch (error) {
  if (error instanceof PortInUseError) {
    console.error(`${error.message} (is npm start running? stop it first)`);
  } else {
    console.error(`db:reset failed: ${(error as Error).message}`);
  }
  process.exitCode = 1;
}
