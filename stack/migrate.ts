// Applies the bootstrap SQL, supabase/migrations and supabase/seed.sql the way the Supabase
// CLI does: migrations in file-name order, each in its own transaction, each recorded in
// supabase_migrations.schema_migrations so a restart applies only what is new.
// A landed migration never changes: the sha256 of every applied file is kept, and a file
// that no longer matches stops start-up before anything new is applied, because the
// database would otherwise silently differ from what the migrations build.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';

const migrationFileName = /^(\d{14})_(.+)\.sql$/;

export class SqlFileError extends Error {
  constructor(file: string, cause: unknown) {
    super(`${file} failed: ${describePgError(cause)}`, { cause });
    this.name = 'SqlFileError';
  }
}

export class MigrationChangedError extends Error {
  constructor(readonly files: string[]) {
    const named = files.length === 1 ? `${files[0]} has` : `${files.slice(0, -1).join(', ')} and ${files.at(-1)} have`;
    super(
      `${named} changed since ${files.length === 1 ? 'it was' : 'they were'} applied to this database, and landed migrations must not be edited: run \`npm run db:reset\` to rebuild the database (its data is lost), or undo the edit and add a new migration instead`,
    );
    this.name = 'MigrationChangedError';
  }
}

function describePgError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = error as Error & { code?: string; position?: string; detail?: string; where?: string };
  return [
    details.message,
    details.code && `(SQLSTATE ${details.code})`,
    details.position && `at character ${details.position}`,
    details.detail,
    details.where,
  ]
    .filter(Boolean)
    .join(' ');
}

/** A file as a developer finds it: relative to the working directory when inside it. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

async function runInTransaction(client: pg.Client, file: string, work: () => Promise<void>) {
  await client.query('begin');
  try {
    await work();
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw new SqlFileError(file, error);
  }
}

export async function applySqlFile(client: pg.Client, file: string): Promise<void> {
  const sql = await readFile(file, 'utf8');
  await runInTransaction(client, displayPath(file), async () => {
    await client.query(sql);
  });
}

export interface AppliedMigration {
  version: string;
  name: string;
}

interface MigrationFile extends AppliedMigration {
  file: string;
  sql: string;
  sha256: string;
}

async function readMigrationFiles(dir: string): Promise<MigrationFile[]> {
  const names = (await readdir(dir)).filter((file) => migrationFileName.test(file)).sort();
  return Promise.all(
    names.map(async (name) => {
      const [, version = '', migrationName = ''] = migrationFileName.exec(name) ?? [];
      const file = path.join(dir, name);
      const sql = await readFile(file, 'utf8');
      return { version, name: migrationName, file, sql, sha256: sha256(sql) };
    }),
  );
}

// The checksums live beside the Supabase CLI's table rather than in it, so that table keeps
// exactly the CLI's columns. A database migrated before this table existed gets its
// checksums from the statements recorded at the time, which hold the text as applied, so an
// edit made since then is caught too. Inside the caller's transaction: a refused start
// leaves even the backfill unwritten.
async function recordedChecksums(client: pg.Client): Promise<Map<string, string>> {
  await client.query(
    `create table if not exists supabase_migrations.factmark_migration_checksums (
       version text primary key,
       sha256 text not null
     )`,
  );
  const { rows: unchecked } = await client.query<{ version: string; statements: string[] | null }>(
    `select m.version, m.statements
     from supabase_migrations.schema_migrations m
     where m.statements is not null
       and not exists (select 1 from supabase_migrations.factmark_migration_checksums c where c.version = m.version)`,
  );
  for (const row of unchecked) {
    await client.query('insert into supabase_migrations.factmark_migration_checksums (version, sha256) values ($1, $2)', [
      row.version,
      sha256((row.statements ?? []).join('')),
    ]);
  }
  const { rows } = await client.query<{ version: string; sha256: string }>(
    'select version, sha256 from supabase_migrations.factmark_migration_checksums',
  );
  return new Map(rows.map((row) => [row.version, row.sha256]));
}

/** Throws MigrationChangedError, having changed nothing, when an applied file was edited. */
async function assertAppliedUnchanged(client: pg.Client, files: MigrationFile[]): Promise<void> {
  await client.query('begin');
  try {
    const checksums = await recordedChecksums(client);
    const changed = files.filter((migration) => {
      const recorded = checksums.get(migration.version);
      return recorded !== undefined && recorded !== migration.sha256;
    });
    if (changed.length > 0) throw new MigrationChangedError(changed.map((migration) => displayPath(migration.file)));
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/** Applies every migration in `dir` that is not yet recorded; returns those it applied. */
export async function applyMigrations(client: pg.Client, dir: string): Promise<AppliedMigration[]> {
  const files = await readMigrationFiles(dir);
  await assertAppliedUnchanged(client, files);
  const { rows } = await client.query<{ version: string }>(
    'select version from supabase_migrations.schema_migrations',
  );
  const done = new Set(rows.map((row) => row.version));
  const applied: AppliedMigration[] = [];
  for (const migration of files) {
    if (done.has(migration.version)) continue;
    await runInTransaction(client, displayPath(migration.file), async () => {
      await client.query(migration.sql);
      await client.query(
        'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
        [migration.version, migration.name, [migration.sql]],
      );
      await client.query(
        'insert into supabase_migrations.factmark_migration_checksums (version, sha256) values ($1, $2)',
        [migration.version, migration.sha256],
      );
    });
    applied.push({ version: migration.version, name: migration.name });
  }
  return applied;
}
