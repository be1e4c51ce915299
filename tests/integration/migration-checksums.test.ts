// Landed migrations never change. A restart of an unchanged database applies nothing; a
// landed file edited since it was applied stops start-up with one line naming it, with
// nothing applied (also for a database migrated before checksums were kept, as an old
// .factmark/db is); a new migration still applies. The tests own a Postgres of their own
// in a throwaway data directory, since they break its recorded state on purpose.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../stack/config.ts';
import { applyMigrations, MigrationChangedError } from '../../stack/migrate.ts';
import { startPostgres, type RunningPostgres } from '../../stack/postgres.ts';
import { assertPortFree } from '../../stack/process.ts';
import { prepareDatabase, supabaseDir } from '../../stack/stack.ts';
import { scratchPorts } from '../support/test-stack.ts';

const migrationsDir = path.join(supabaseDir, 'migrations');
const editedInPlace = [
  '20251128000003_claims_and_sources',
  '20251128000004_comments_and_events',
  '20251128000006_article_text_and_claim_saves',
];
const refusal =
  'supabase/migrations/20251128000003_claims_and_sources.sql, supabase/migrations/20251128000004_comments_and_events.sql and supabase/migrations/20251128000006_article_text_and_claim_saves.sql have changed since they were applied to this database, and landed migrations must not be edited: run `npm run db:reset` to rebuild the database (its data is lost), or undo the edit and add a new migration instead';

let root: string;
let dataDir: string;
let postgres: RunningPostgres | undefined;

async function startScratchPostgres(): Promise<RunningPostgres> {
  postgres = await startPostgres({ dataDir, port: scratchPorts.db, log: () => undefined });
  return postgres;
}

async function stopScratchPostgres() {
  await postgres?.stop();
  postgres = undefined;
}

async function withScratchDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(postgres!.url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function prepare(fresh: boolean) {
  const lines: string[] = [];
  const done = prepareDatabase(postgres!.url, { fresh, seed: false, log: (line) => lines.push(line) });
  return { done, lines };
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factmark-checksums-'));
  dataDir = path.join(root, 'db');
  const first = await startScratchPostgres();
  expect(first.created).toBe(true);
  await prepare(true).done;
});

afterAll(async () => {
  await stopScratchPostgres();
  await rm(root, { recursive: true, force: true });
});

describe('the migrations in supabase/migrations', () => {
  it('keep the sha256 of every applied file beside the Supabase CLI\'s record, whose columns stay its own', async () => {
    const files = (await readdir(migrationsDir)).filter((file) => file.endsWith('.sql')).sort();
    const expected = await Promise.all(
      files.map(async (file) => ({
        version: file.slice(0, 14),
        sha256: createHash('sha256').update(await readFile(path.join(migrationsDir, file), 'utf8')).digest('hex'),
      })),
    );
    await withScratchDb(async (client) => {
      const { rows } = await client.query('select version, sha256 from supabase_migrations.factmark_migration_checksums order by version');
      expect(rows).toEqual(expected);
      const { rows: columns } = await client.query(
        `select column_name from information_schema.columns
         where table_schema = 'supabase_migrations' and table_name = 'schema_migrations' order by column_name`,
      );
      expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['name', 'statements', 'version']);
    });
  });

  it('an unchanged database restarts fine and applies nothing', async () => {
    await stopScratchPostgres();
    const again = await startScratchPostgres();
    expect(again.created).toBe(false);
    const { done, lines } = prepare(false);
    await expect(done).resolves.toBeUndefined();
    expect(lines).toEqual([]);
  });

  it('a database migrated before checksums were kept, whose landed files were edited since, is refused and left as it was', async () => {
    await withScratchDb(async (client) => {
      await client.query('delete from supabase_migrations.factmark_migration_checksums');
      await client.query(
        `update supabase_migrations.schema_migrations
         set statements = array[statements[1] || E'\\n-- the text as it landed, before the edit\\n']
         where version || '_' || name = any($1)`,
        [editedInPlace],
      );
    });
    const { done } = prepare(false);
    await expect(done).rejects.toThrow(MigrationChangedError);
    await expect(done).rejects.toThrow(refusal);
    await withScratchDb(async (client) => {
      const { rows } = await client.query('select count(*)::int as n from supabase_migrations.factmark_migration_checksums');
      expect(rows[0]).toEqual({ n: 0 });
    });
  });

  it('npm start refuses with that one line, exits non-zero and leaves nothing running', async () => {
    await stopScratchPostgres();
    const child = spawn(process.execPath, ['--import', 'tsx', 'stack/cli/start.ts'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        FACTMARK_DATA_DIR: dataDir,
        FACTMARK_APP_PORT: String(scratchPorts.app),
        FACTMARK_API_PORT: String(scratchPorts.api),
        FACTMARK_DB_PORT: String(scratchPorts.db),
        FACTMARK_POSTGREST_PORT: String(scratchPorts.postgrest),
        FACTMARK_AUTH_PORT: String(scratchPorts.auth),
        FACTMARK_REALTIME_PORT: String(scratchPorts.realtime),
        FACTMARK_VERBOSE: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([`Could not start Factmark: ${refusal}`]);
    expect(stdout).not.toMatch(/applied|Factmark is running/);
    await expect(assertPortFree(scratchPorts.db, 'PostgreSQL', 'FACTMARK_DB_PORT')).resolves.toBeUndefined();
  }, 60_000);
});

describe('a migrations folder of its own', () => {
  let dir: string;
  const first = '29990101000001_first.sql';
  const second = '29990101000002_second.sql';
  const firstSql = 'create table public.checksum_first (id int);\n';

  beforeAll(async () => {
    dir = path.join(root, 'migrations');
    await mkdir(dir);
    if (!postgres) await startScratchPostgres();
  });

  async function state(client: pg.Client) {
    const { rows } = await client.query(
      `select to_regclass('public.checksum_second') is not null as second_table,
              array(select version from supabase_migrations.schema_migrations where version like '2999%' order by 1) as recorded,
              array(select version from supabase_migrations.factmark_migration_checksums where version like '2999%' order by 1) as checksums`,
    );
    return rows[0] as { second_table: boolean; recorded: string[]; checksums: string[] };
  }

  it('applies a new migration and records its checksum', async () => {
    await writeFile(path.join(dir, first), firstSql);
    await withScratchDb(async (client) => {
      expect(await applyMigrations(client, dir)).toEqual([{ version: '29990101000001', name: 'first' }]);
      expect(await state(client)).toEqual({ second_table: false, recorded: ['29990101000001'], checksums: ['29990101000001'] });
    });
  });

  it('an edited landed file stops before the next migration is applied, naming the file', async () => {
    await writeFile(path.join(dir, first), `${firstSql}alter table public.checksum_first add column note text;\n`);
    await writeFile(path.join(dir, second), 'create table public.checksum_second (id int);\n');
    await withScratchDb(async (client) => {
      const attempt = applyMigrations(client, dir);
      await expect(attempt).rejects.toThrow(MigrationChangedError);
      await expect(attempt).rejects.toThrow(
        `${path.join(dir, first)} has changed since it was applied to this database, and landed migrations must not be edited: run \`npm run db:reset\``,
      );
      expect(await state(client)).toEqual({ second_table: false, recorded: ['29990101000001'], checksums: ['29990101000001'] });
    });
  });

  it('once the edit is undone, the new migration applies', async () => {
    await writeFile(path.join(dir, first), firstSql);
    await withScratchDb(async (client) => {
      expect(await applyMigrations(client, dir)).toEqual([{ version: '29990101000002', name: 'second' }]);
      expect(await state(client)).toEqual({
        second_table: true,
        recorded: ['29990101000001', '29990101000002'],
        checksums: ['29990101000001', '29990101000002'],
      });
    });
  });
});
