// Shared arrangements for the RLS suites: the demo users' clients (Demo Newsroom's four and
// Harbour Gazette's two), and rows created directly as the database superuser (so a test
// starts from exactly the state it needs, whatever other files left behind) plus superuser
// reads to prove nothing changed.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { ClaimStatus } from '../../src/entities/claim-status/claim-status.ts';
import type { Database } from '../../src/lib/database.types.ts';
import {
  demoAccounts,
  demoNewsroomId,
  demoPassword,
  demoUserIds,
  harbourArticleId,
  harbourDraftClaimId,
  harbourNewsroomId,
  harbourPublishedClaimId,
  newsroomOf,
  seedArticleId,
  type DemoNewsroomKey,
} from '../../stack/seed/seed-ids.ts';
import { anonClient, demoUsers, signedInClient, withDb } from './clients.ts';

export {
  demoNewsroomId,
  demoPassword,
  demoUserIds,
  harbourArticleId,
  harbourDraftClaimId,
  harbourNewsroomId,
  harbourPublishedClaimId,
  seedArticleId,
  withDb,
};
export type { DemoNewsroomKey };

export type Role = keyof typeof demoUserIds;
export type Client = SupabaseClient<Database>;
export type { ClaimStatus };

export interface Callers {
  anon: Client;
  checker: Client;
  checker2: Client;
  editor: Client;
  admin: Client;
  harbourAdmin: Client;
  harbourChecker: Client;
}

export async function signInEveryone(): Promise<Callers> {
  const [checker, checker2, editor, admin, harbourAdmin, harbourChecker] = await Promise.all([
    signedInClient(demoUsers.checker),
    signedInClient(demoUsers.checker2),
    signedInClient(demoUsers.editor),
    signedInClient(demoUsers.admin),
    signedInClient(demoUsers.harbourAdmin),
    signedInClient(demoUsers.harbourChecker),
  ]);
  return { anon: anonClient(), checker, checker2, editor, admin, harbourAdmin, harbourChecker };
}

/** The newsroom a demo user belongs to. */
export function newsroomOfUser(role: Role): DemoNewsroomKey {
  return demoAccounts.find((account) => account.id === demoUserIds[role])!.newsroom;
}

export function newsroomId(key: DemoNewsroomKey): string {
  return newsroomOf(key).id;
}

/** A newsroom's verdict by label (Demo Newsroom's keep their old ids, Harbour Gazette's are uuids). */
export async function verdictOf(key: DemoNewsroomKey, label: string): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>('select id from public.verdicts where newsroom_id = $1 and label = $2', [
      newsroomId(key),
      label,
    ]);
    if (!rows[0]) throw new Error(`${key} has no verdict labelled ${label}`);
    return rows[0].id;
  });
}

export function marker(label = 'rls'): string {
  return `${label}-${randomUUID()}`;
}

export const testArticleText = 'Alpha beta gamma delta.\n\nThe second paragraph says something checkable.';

/** An article of a newsroom: by default the creator's (Demo Newsroom's admin's). */
export async function arrangeArticle(
  options: { createdBy?: Role; title?: string; newsroom?: DemoNewsroomKey } = {},
): Promise<string> {
  const createdBy = options.createdBy ?? 'admin';
  const newsroom = options.newsroom ?? newsroomOfUser(createdBy);
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.articles (newsroom_id, title, body, body_text, created_by)
       values ($5, $1, $2, $3, $4) returning id`,
      [
        options.title ?? marker('article'),
        { type: 'doc', content: testArticleText.split('\n\n').map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
        testArticleText,
        demoUserIds[createdBy],
        newsroomId(newsroom),
      ],
    );
    return rows[0]!.id;
  });
}

export interface ArrangedClaim {
  id: string;
  articleId: string;
  claimText: string;
}

/**
 * A claim in any state, written as superuser (the workflow guard only judges API roles).
 * `complete` gives it what submit_claim needs: a verdict (False, of the article's newsroom),
 * a rationale and a source. Without an article, it gets a new one of the author's newsroom;
 * a reviewed claim was reviewed by that newsroom's editor (Harbour Gazette's admin).
 */
export async function arrangeClaim(
  options: { author?: Role; status?: ClaimStatus; articleId?: string; complete?: boolean } = {},
): Promise<ArrangedClaim> {
  const author = options.author ?? 'checker';
  const articleId = options.articleId ?? (await arrangeArticle({ newsroom: newsroomOfUser(author) }));
  const claimText = marker('claim');
  const complete = options.complete ?? true;
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.claims
         (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, claim_text,
          verdict_id, rationale, status, created_by, reviewed_by, reviewed_at, published_at)
       values ($1, 'beta gamma', 'Alpha ', ' delta.', 6, 16, $2,
         case when $3 then (select v.id from public.verdicts v join public.articles a on a.newsroom_id = v.newsroom_id
                            where a.id = $1 and v.label = 'False') end,
         $4, $5, $6,
         case when $5 in ('approved', 'published', 'changes_requested') then
           (case when (select a.newsroom_id from public.articles a where a.id = $1) = $8::uuid then $7::uuid else $9::uuid end) end,
         case when $5 in ('approved', 'published', 'changes_requested') then now() end,
         case when $5 = 'published' then now() end)
       returning id`,
      [
        articleId,
        claimText,
        complete,
        complete ? 'The record shows otherwise.' : null,
        options.status ?? 'draft',
        demoUserIds[author],
        demoUserIds.editor,
        demoNewsroomId,
        demoUserIds.harbourAdmin,
      ],
    );
    const id = rows[0]!.id;
    if (complete) {
      await db.query(
        `insert into public.sources (claim_id, url, title, stance, created_by)
         values ($1, 'https://example.org/evidence', 'Evidence', 'refutes', $2)`,
        [id, demoUserIds[author]],
      );
    }
    return { id, articleId, claimText };
  });
}

export async function arrangeSource(claimId: string, author: Role = 'checker'): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.sources (claim_id, url, title, stance, created_by)
       values ($1, 'https://example.org/another', $2, 'context', $3) returning id`,
      [claimId, marker('source'), demoUserIds[author]],
    );
    return rows[0]!.id;
  });
}

export async function arrangeComment(claimId: string, author: Role): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      'insert into public.claim_comments (claim_id, author_id, body) values ($1, $2, $3) returning id',
      [claimId, demoUserIds[author], marker('comment')],
    );
    return rows[0]!.id;
  });
}

/** The row as the superuser sees it (null when it does not exist). */
export async function rowOf(
  table:
    | 'articles'
    | 'claims'
    | 'sources'
    | 'claim_comments'
    | 'claim_events'
    | 'profiles'
    | 'verdicts'
    | 'newsrooms'
    | 'newsroom_invitations',
  id: string | number,
): Promise<Record<string, unknown> | null> {
  return withDb(async (db) => {
    const { rows } = await db.query(`select * from public.${table} where id = $1`, [id]);
    return (rows[0] as Record<string, unknown> | undefined) ?? null;
  });
}

/** How many rows of `table` have `column` equal to `value`, as the superuser sees it. */
export async function countWhere(table: string, column: string, value: unknown): Promise<number> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from public.${table} where ${column} = $1`,
      [value],
    );
    return rows[0]!.n;
  });
}

export async function eventsOf(claimId: string): Promise<Record<string, unknown>[]> {
  return withDb(async (db) => {
    const { rows } = await db.query('select * from public.claim_events where claim_id = $1 order by id', [claimId]);
    return rows as Record<string, unknown>[];
  });
}

export type NewsroomRole = 'checker' | 'editor' | 'admin';

/**
 * A newsroom of a test's own, written as superuser with the default verdict scale and the
 * given members (user ids to roles). Delete it with deleteNewsrooms when the test is done, so
 * demo users' newsrooms stay as the seed made them for the other files.
 */
export async function arrangeNewsroom(members: Record<string, NewsroomRole> = {}, name = 'Test Newsroom'): Promise<{ id: string; slug: string }> {
  const slug = `test-${randomUUID().slice(0, 8)}`;
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>('insert into public.newsrooms (slug, name) values ($1, $2) returning id', [slug, name]);
    const id = rows[0]!.id;
    await db.query(
      `insert into public.verdicts (newsroom_id, label, description, rating_value, sort, color)
       select $1, s.label, s.description, s.rating_value, s.sort, s.color from private.default_verdict_scale() s`,
      [id],
    );
    for (const [userId, role] of Object.entries(members)) {
      await db.query('insert into public.newsroom_members (newsroom_id, user_id, role) values ($1, $2, $3)', [id, userId, role]);
    }
    return { id, slug };
  });
}

export async function deleteNewsrooms(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await withDb((db) => db.query('delete from public.newsrooms where id = any($1::uuid[])', [ids]));
}

/** Someone's membership as the superuser sees it (null when they are not a member). */
export async function membershipOf(newsroomId: string, userId: string): Promise<{ role: string; created_at: Date } | null> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ role: string; created_at: Date }>(
      'select role, created_at from public.newsroom_members where newsroom_id = $1 and user_id = $2',
      [newsroomId, userId],
    );
    return rows[0] ?? null;
  });
}

/** A newsroom's membership audit, oldest first, as the superuser sees it. */
export async function memberEventsOf(newsroomId: string): Promise<Record<string, unknown>[]> {
  return withDb(async (db) => {
    const { rows } = await db.query('select * from public.newsroom_member_events where newsroom_id = $1 order by id', [newsroomId]);
    return rows as Record<string, unknown>[];
  });
}
