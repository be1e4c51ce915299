// Articles as tests arrange them: the seed article (from supabase/seed.sql) and private
// copies of it, so no spec sees another's claims; bodies written past every form; and their
// removal, which takes their claims, sources, comments and history with them (the schema
// cascades) and their publications.
import type { Json } from '../../src/lib/database.types.ts';
import { demoNewsroomId, demoUserIds, seedArticleId } from '../../stack/seed/seed-ids.ts';
import { serviceRole, withE2eDb } from './stack-clients.ts';

export const seedArticle = {
  title: 'ICE carries out record number of immigration arrests in a single day',
  publicationDate: 'June 5, 2025',
  sentence: 'One NBC reporter saw seven illegal immigrants who showed up for a check-in in New York City get arrested by ICE.',
};

export interface ArticleCopy {
  id: string;
  title: string;
  url: string | null;
  bodyText: string;
}

/** `title` with a random ending, so articles from earlier runs or other tests never match it. */
export function uniqueTitle(title: string): string {
  return `${title} ${crypto.randomUUID().slice(0, 8)}`;
}

/** A copy of the seed article under `title`, added by the demo checker. */
export async function copySeedArticle(
  title: string,
  changes: { url?: string; publisher?: string } = {},
): Promise<ArticleCopy> {
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ id: string; url: string | null; body_text: string }>(
      `insert into public.articles (newsroom_id, title, url, publisher, published_at, body, body_text, created_by)
       select newsroom_id, $1, coalesce($2, url), coalesce($3, publisher), published_at, body, body_text, $4
       from public.articles where id = $5
       returning id, url, body_text`,
      [title, changes.url ?? null, changes.publisher ?? null, demoUserIds.checker, seedArticleId],
    );
    const row = rows[0]!;
    return { id: row.id, title, url: row.url, bodyText: row.body_text };
  });
}

/** An article written straight through the API with the service role, past every form. */
export async function insertArticleBody(title: string, body: Json, bodyText: string): Promise<string> {
  const { data, error } = await serviceRole
    .from('articles')
    .insert({ newsroom_id: demoNewsroomId, title, body, body_text: bodyText, created_by: demoUserIds.checker })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

/** Marks the article as the newsroom's own text (or not), whose public page shows it in full. */
export async function setOwnText(articleId: string, ownText: boolean) {
  await withE2eDb((db) => db.query('update public.articles set own_text = $2 where id = $1', [articleId, ownText]));
}

export async function deleteArticles({ ids = [], titles = [] }: { ids?: string[]; titles?: string[] }) {
  await withE2eDb(async (db) => {
    // Publications are never deleted and hold on to their article (on delete restrict): the
    // test's own are removed first with triggers off (session_replication_role, for this
    // transaction only), which only the superuser tidying up after a test can do.
    await db.query('begin');
    try {
      const articles = 'select id from public.articles where id = any($1::uuid[]) or title = any($2::text[])';
      await db.query("set local session_replication_role = 'replica'");
      await db.query(`delete from public.claim_publications where article_id in (${articles})`, [ids, titles]);
      await db.query("set local session_replication_role = 'origin'");
      await db.query('delete from public.articles where id = any($1::uuid[]) or title = any($2::text[])', [ids, titles]);
      await db.query('commit');
    } catch (error) {
      await db.query('rollback');
      throw error;
    }
  });
}
