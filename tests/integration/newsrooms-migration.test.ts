// The newsroom migrations on a database that already holds work (a hosted project, or an old
// .factmark/db): everything moves into Demo Newsroom, every user a member in the role they
// had, the verdicts keep their ids, and no article looks edited. A database without any user
// or article gets no Demo Newsroom: that is the integration stack itself, whose seed then
// creates its own (with a fixed id, which would collide with one the migration made).
// The test owns a Postgres of its own in a throwaway data directory.
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../stack/config.ts';
import { applyMigrations, applySqlFile } from '../../stack/migrate.ts';
import { startPostgres, type RunningPostgres } from '../../stack/postgres.ts';
import { realtimeSchemaFile, supabaseDir } from '../../stack/stack.ts';
import { scratchPorts } from '../support/test-stack.ts';

const firstNewsroomMigration = '20251202000009_newsrooms.sql';
const users = [
  { id: '0a000000-0000-4000-8000-000000000001', email: 'old-checker@example.com', role: 'checker' },
  { id: '0a000000-0000-4000-8000-000000000002', email: 'old-editor@example.com', role: 'editor' },
  { id: '0a000000-0000-4000-8000-000000000003', email: 'old-admin@example.com', role: 'admin' },
];
const articleId = '0b000000-0000-4000-8000-000000000001';

let root: string;
let postgres: RunningPostgres | undefined;
let client: pg.Client;
let articleUpdatedAt: Date;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factmark-newsroom-migration-'));
  postgres = await startPostgres({ dataDir: path.join(root, 'db'), port: scratchPorts.db, log: () => undefined });
  client = new pg.Client(postgres.url);
  await client.connect();

  // The schema as it was before newsrooms, with some work in it.
  const before = path.join(root, 'before');
  await mkdir(before);
  const files = (await readdir(path.join(supabaseDir, 'migrations'))).filter((file) => file.endsWith('.sql')).sort();
  for (const file of files.filter((name) => name < firstNewsroomMigration)) {
    await copyFile(path.join(supabaseDir, 'migrations', file), path.join(before, file));
  }
  await applySqlFile(client, path.join(repoRoot, 'stack', 'sql', 'bootstrap.sql'));
  await applySqlFile(client, realtimeSchemaFile);
  await applyMigrations(client, before);
  for (const user of users) {
    await client.query(
      `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
         raw_app_meta_data, raw_user_meta_data, created_at, updated_at, confirmation_token, recovery_token,
         email_change_token_new, email_change)
       values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', 'authenticated', $2, '', now(),
         '{}', '{}', now(), now(), '', '', '', '')`,
      [user.id, user.email],
    );
    await client.query('update public.profiles set role = $2 where id = $1', [user.id, user.role]);
  }
  await client.query(
    `insert into public.articles (id, title, body_text, created_by, updated_at)
     values ($1, 'An old article', 'Alpha beta gamma.', $2, '2025-06-01T12:00:00Z')`,
    [articleId, users[0]!.id],
  );
  await client.query(
    `insert into public.claims (article_id, quote_exact, start_offset, end_offset, claim_text, verdict_id, status, created_by)
     values ($1, 'beta', 6, 10, 'Beta.', 'mostly_false', 'published', $2)`,
    [articleId, users[0]!.id],
  );
  articleUpdatedAt = (await client.query('select updated_at from public.articles where id = $1', [articleId])).rows[0].updated_at;

  // Then the rest, newsrooms included.
  await applyMigrations(client, path.join(supabaseDir, 'migrations'));
}, 120_000);

afterAll(async () => {
  await client?.end();
  await postgres?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('the newsroom migrations on a database with work in it', () => {
  it('make one Demo Newsroom, slug demo', async () => {
    const { rows } = await client.query('select slug, name, url, logo_url from public.newsrooms');
    expect(rows).toEqual([{ slug: 'demo', name: 'Demo Newsroom', url: null, logo_url: null }]);
  });

  it('make every user a member of it in the role they had, and record that they joined', async () => {
    const { rows } = await client.query(
      `select m.user_id, m.role from public.newsroom_members m join public.newsrooms n on n.id = m.newsroom_id
       where n.slug = 'demo' order by m.user_id`,
    );
    expect(rows).toEqual(users.map((user) => ({ user_id: user.id, role: user.role })));
    const { rows: events } = await client.query("select action, user_id, to_role from public.newsroom_member_events order by user_id");
    expect(events).toEqual(users.map((user) => ({ action: 'joined', user_id: user.id, to_role: user.role })));
  });

  it('move every article into it without touching updated_at', async () => {
    const { rows } = await client.query(
      `select n.slug, a.updated_at from public.articles a join public.newsrooms n on n.id = a.newsroom_id where a.id = $1`,
      [articleId],
    );
    expect(rows).toEqual([{ slug: 'demo', updated_at: articleUpdatedAt }]);
  });

  it('give it the old scale with the old ids, which its claims keep using', async () => {
    const { rows } = await client.query(
      `select v.id from public.verdicts v join public.newsrooms n on n.id = v.newsroom_id where n.slug = 'demo' order by v.sort`,
    );
    expect(rows.map((row: { id: string }) => row.id)).toEqual(['true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'misleading', 'unverifiable']);
    expect((await client.query('select verdict_id from public.claims')).rows).toEqual([{ verdict_id: 'mostly_false' }]);
  });

  it('leave no global role behind', async () => {
    const { rows } = await client.query(
      `select column_name from information_schema.columns where table_schema = 'public' and table_name = 'profiles' order by 1`,
    );
    expect(rows.map((row: { column_name: string }) => row.column_name)).toEqual(['created_at', 'deleted_at', 'display_name', 'id']);
  });
});
