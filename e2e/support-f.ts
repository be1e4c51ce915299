// Arrangements for the dashboard and conversation specs, written as the database superuser:
// a private article, claims in any status and verdict, and a claim whose history was made
// by the demo users themselves (auth.uid() set per statement, as PostgREST would), so the
// timeline names real people; a comment posted through the API as the demo checker; and
// the overall counts as the database sees them.
import pg from 'pg';
import { demoNewsroomId, demoUserIds, seedArticleId } from '../stack/seed/seed-ids.ts';
import { signedInClient, withE2eDb } from './support.ts';

type DemoUser = keyof typeof demoUserIds;
export type ClaimStatus = 'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published';

/** Runs `sql` in a transaction in which auth.uid() is `user`, as in an API request. */
async function asUser<T extends pg.QueryResultRow>(db: pg.Client, user: DemoUser, sql: string, values: unknown[]) {
  await db.query('begin');
  try {
    await db.query("select set_config('request.jwt.claim.sub', $1, true)", [demoUserIds[user]]);
    const result = await db.query<T>(sql, values);
    await db.query('commit');
    return result.rows;
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
}

/** A copy of the seed article under a unique title. */
export async function arrangeArticle(title: string): Promise<{ id: string; title: string }> {
  const uniqueTitle = `${title} ${crypto.randomUUID().slice(0, 8)}`;
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.articles (newsroom_id, title, body, body_text, publisher, published_at, url, created_by)
       select newsroom_id, $1, body, body_text, publisher, published_at, url, $2 from public.articles where id = $3
       returning id`,
      [uniqueTitle, demoUserIds.checker, seedArticleId],
    );
    return { id: rows[0]!.id, title: uniqueTitle };
  });
}

const claimColumns = `(article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, claim_text,
   verdict_id, rationale, status, created_by, reviewed_by, reviewed_at, published_at)`;

/** `count` claims by the demo checker on the article's first word, in any status and verdict. */
export async function arrangeClaims(articleId: string, status: ClaimStatus, verdict: string | null, count = 1) {
  await withE2eDb(async (db) => {
    for (let index = 0; index < count; index += 1) {
      await db.query(
        `insert into public.claims ${claimColumns}
         select $1, substr(body_text, 1, 3), '', substr(body_text, 4, 32), 0, 3, 'Arranged claim ' || $6::text,
           $2, 'Arranged rationale.', $3, $4,
           case when $3 in ('approved', 'published', 'changes_requested') then $5::uuid end,
           case when $3 in ('approved', 'published', 'changes_requested') then now() end,
           case when $3 = 'published' then now() end
         from public.articles where id = $1`,
        [articleId, verdict, status, demoUserIds.checker, demoUserIds.editor, crypto.randomUUID()],
      );
    }
  });
}

/**
 * A claim the demo checker created with verdict False and submitted, on which the demo editor
 * requested changes with `note`, after which the checker changed the verdict to Mostly false.
 */
export async function arrangeReviewedClaim(articleId: string, note: string): Promise<string> {
  return withE2eDb(async (db) => {
    const [claim] = await asUser<{ id: string }>(
      db,
      'checker',
      `insert into public.claims (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset,
         claim_text, claimant, verdict_id, rationale, created_by)
       select $1, substr(body_text, 1, 3), '', substr(body_text, 4, 32), 0, 3, 'Arrests hit a record in one day',
         'ICE', 'false', 'The figures say otherwise.', $2
       from public.articles where id = $1
       returning id`,
      [articleId, demoUserIds.checker],
    );
    const claimId = claim!.id;
    await asUser(
      db,
      'checker',
      `insert into public.sources (claim_id, url, title, stance, created_by)
       values ($1, 'https://example.org/evidence', 'Evidence', 'refutes', $2)`,
      [claimId, demoUserIds.checker],
    );
    await asUser(db, 'checker', 'select public.submit_claim($1)', [claimId]);
    await asUser(db, 'editor', "select public.review_claim($1, 'request_changes', $2)", [claimId, note]);
    await asUser(db, 'checker', "update public.claims set verdict_id = 'mostly_false' where id = $1", [claimId]);
    return claimId;
  });
}

/**
 * How many claims Demo Newsroom (the demo accounts' current newsroom, whose work the dashboard
 * shows) holds per status and per verdict label ('No verdict yet' for none).
 */
export async function overallCounts() {
  return withE2eDb(async (db) => {
    const byStatus = await db.query<{ status: string; n: number }>(
      `select c.status, count(*)::int as n
       from public.claims c join public.articles a on a.id = c.article_id
       where a.newsroom_id = $1 group by c.status`,
      [demoNewsroomId],
    );
    const byVerdict = await db.query<{ label: string; n: number }>(
      `select coalesce(v.label, 'No verdict yet') as label, count(*)::int as n
       from public.claims c join public.articles a on a.id = c.article_id left join public.verdicts v on v.id = c.verdict_id
       where a.newsroom_id = $1
       group by 1`,
      [demoNewsroomId],
    );
    return {
      byStatus: Object.fromEntries(byStatus.rows.map((row) => [row.status, row.n])) as Partial<Record<ClaimStatus, number>>,
      byVerdict: Object.fromEntries(byVerdict.rows.map((row) => [row.label, row.n])) as Record<string, number>,
      total: byStatus.rows.reduce((sum, row) => sum + row.n, 0),
    };
  });
}

/** Posts a comment through the API signed in as the demo checker, so RLS judges it as usual. */
export async function commentAsChecker(claimId: string, body: string) {
  const client = await signedInClient('checker@example.com');
  const { error } = await client.from('claim_comments').insert({ claim_id: claimId, body });
  if (error) throw error;
  await client.auth.signOut();
}
