// Applies the bootstrap SQL, supabase/migrations and supabase/seed.sql the way the Supabase
// CLI does: migrations in file-name order, each in its own transaction, each recorded in
// supabase_migrations.schema_migrations so a restart applies only what is new.
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
  await runInTransaction(client, path.relative(process.cwd(), file), async () => {
    await client.query(sql);
  });
}

export interface AppliedMigration {
  version: string;
  name: string;
}

/** Applies every migration in `dir` that is not yet recorded; returns those it applied. */
export async function applyMigrations(client: pg.Client, dir: string): Promise<AppliedMigration[]> {
  const files = (await readdir(dir)).filter((file) => migrationFileName.test(file)).sort();
  const { rows } = await client.query<{ version: string }>(
    'select version from supabase_migrations.schema_migrations',
  );
  const done = new Set(rows.map((row) => row.version));
  const applied: AppliedMigration[] = [];
  for (const file of files) {
    const [, version = '', name = ''] = migrationFileName.exec(file) ?? [];
    if (done.has(version)) continue;
    const sql = await readFile(path.join(dir, file), 'utf8');
    await runInTransaction(client, path.join(path.basename(dir), file), async () => {
      await client.query(sql);
      await client.query(
        'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
        [version, name, [sql]],
      );
    });
    applied.push({ version, name });
  }
  return applied;
}
