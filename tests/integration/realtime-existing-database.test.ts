// A developer database made before the stack had Realtime (bootstrap.sql and the migrations
// before the topics) gets Realtime's schema at its next start, before the migrations that use
// it, as Supabase's Realtime migrates a project's database; one that has it is left alone.
// The test owns a Postgres of its own in a throwaway data directory.
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../stack/config.ts';
import { applyMigrations, applySqlFile } from '../../stack/migrate.ts';
import { startPostgres, type RunningPostgres } from '../../stack/postgres.ts';
import { prepareDatabase, supabaseDir } from '../../stack/stack.ts';
import { scratchPorts } from '../support/test-stack.ts';

const topicsMigration = '20251208000021_realtime_topics.sql';

let root: string;
let postgres: RunningPostgres | undefined;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factmark-realtime-existing-'));
  postgres = await startPostgres({ dataDir: path.join(root, 'db'), port: scratchPorts.db, log: () => undefined });
  const before = path.join(root, 'before');
  await mkdir(before);
  const files = (await readdir(path.join(supabaseDir, 'migrations'))).filter((file) => file.endsWith('.sql') && file < topicsMigration);
  for (const file of files) await copyFile(path.join(supabaseDir, 'migrations', file), path.join(before, file));
  const client = new pg.Client(postgres.url);
  await client.connect();
  try {
    await applySqlFile(client, path.join(repoRoot, 'stack', 'sql', 'bootstrap.sql'));
    await applyMigrations(client, before);
  } finally {
    await client.end();
  }
}, 120_000);

afterAll(async () => {
  await postgres?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('a database made before the stack had Realtime', () => {
  it('gets the realtime schema, then the topics migration, at its next start', async () => {
    const lines: string[] = [];
    await prepareDatabase(postgres!.url, { fresh: false, seed: false, log: (line) => lines.push(line) });
    const later = (await readdir(path.join(supabaseDir, 'migrations')))
      .filter((file) => file.endsWith('.sql') && file >= topicsMigration)
      .sort()
      .map((file) => `applied migration ${file.replace(/\.sql$/, '')}`);
    expect(lines).toEqual(['applied stack/sql/realtime.sql', ...later]);
    expect(later[0]).toBe('applied migration 20251208000021_realtime_topics');
    const client = new pg.Client(postgres!.url);
    await client.connect();
    try {
      const { rows } = await client.query<{ policies: number; owner: string }>(
        `select (select count(*)::int from pg_policies where schemaname = 'realtime' and tablename = 'messages') as policies,
           (select tableowner from pg_tables where schemaname = 'realtime' and tablename = 'messages') as owner`,
      );
      expect(rows[0]).toEqual({ policies: 2, owner: 'supabase_realtime_admin' });
    } finally {
      await client.end();
    }
  });

  it('and is left alone at the start after', async () => {
    const lines: string[] = [];
    await prepareDatabase(postgres!.url, { fresh: false, seed: false, log: (line) => lines.push(line) });
    expect(lines).toEqual([]);
  });
});
