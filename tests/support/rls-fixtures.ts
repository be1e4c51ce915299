// Shared arrangements for the RLS suites: rows created directly as the database superuser (so
// a test starts from exactly the state it needs, whatever other files left behind) plus
// superuser reads to prove nothing changed. The demo users' clients are in callers.ts, the
// users and newsrooms a file makes for itself in throwaways.ts, the seeded ids in
// stack/seed/seed-ids.ts (which the seed is rendered from).
import { randomUUID } from 'node:crypto';
import type { ClaimStatus } from '../../src/entities/claim-status/claim-status.ts';
import type { Json } from '../../src/lib/database.types.ts';
import { demoAccounts, demoNewsroomId, demoUserIds, newsroomOf, type DemoNewsroomKey, type DemoUserKey } from '../../stack/seed/seed-ids.ts';
import { withDb } from './clients.ts';

export { withDb };

export type Role = DemoUserKey;
export type { ClaimStatus };

/** The newsroom a demo user belongs to. */
export function newsroomOfUser(role: Role): DemoNewsroomKey {
  return demoAccounts.find((account) => account.key === role)!.newsroom;
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

/**
 * An article's updated_at exactly as stored (to the microsecond), as a client that read the
 * article sends it back to save_article_text in expected_updated_at.
 */
export async function updatedAtOf(articleId: string): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ updated_at: string }>(
      `select to_jsonb(updated_at) #>> '{}' as updated_at from public.articles where id = $1`,
      [articleId],
    );
    if (!rows[0]) throw new Error(`article ${articleId} does not exist`);
    return rows[0].updated_at;
  });
}

export interface ArrangedClaim {
  id: string;
  articleId: string;
  claimText: string;
  /** The version it was written at: what a workflow step or an update sends back. */
  version: number;
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
    // One transaction, as save_claim creates a claim with its sources: they are part of its
    // creation, not a later sources_changed in its trail.
    await db.query('begin');
    const { rows } = await db.query<{ id: string; version: number }>(
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
       returning id, version`,
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
    const { id, version } = rows[0]!;
    if (complete) {
      await db.query(
        `insert into public.sources (claim_id, url, title, stance, created_by)
         values ($1, 'https://example.org/evidence', 'Evidence', 'refutes', $2)`,
        [id, demoUserIds[author]],
      );
    }
    if (options.status === 'published') {
      // As publish_claim does: the public pages read the publication, not the claim row.
      await db.query(
        `select private.record_publication($1, 'publication', null, c.reviewed_by) from public.claims c where c.id = $1`,
        [id],
      );
    }
    await db.query('commit');
    return { id, articleId, claimText, version };
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

type JsonObject = { [key: string]: Json };

/**
 * A claim and its sources (oldest first) as the claim form reads them, ready to send back to
 * save_claim with changes: the claim's fields save_claim sets, with the version read.
 */
export async function claimAsRead(claimId: string): Promise<{ claim: JsonObject; sources: JsonObject[] }> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ claim: JsonObject; sources: JsonObject[] }>(
      `select jsonb_build_object('id', c.id, 'claim_text', c.claim_text, 'claimant', c.claimant, 'verdict_id', c.verdict_id,
                                 'rationale', c.rationale, 'version', c.version) as claim,
         coalesce((select jsonb_agg(jsonb_build_object('id', s.id, 'url', s.url, 'title', s.title, 'publisher', s.publisher,
                                                       'quote', s.quote, 'stance', s.stance, 'accessed_on', s.accessed_on)
                                    order by s.created_at, s.id)
                   from public.sources s where s.claim_id = c.id), '[]') as sources
       from public.claims c where c.id = $1`,
      [claimId],
    );
    if (!rows[0]) throw new Error(`claim ${claimId} does not exist`);
    return rows[0];
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

/** The last entry of a claim's trail: what the latest step recorded. */
export async function latestEventOf(claimId: string): Promise<Record<string, unknown> | undefined> {
  return (await eventsOf(claimId)).at(-1);
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
