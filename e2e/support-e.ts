// Helpers for the review specs: articles and claims arranged straight in the database as
// the superuser (who may put a claim in review directly, as the workflow functions do), and
// what the database holds afterwards.
import { withE2eDb, type ArticleCopy } from './support.ts';

export interface ArrangedClaim {
  quote: string;
  claimText: string;
  verdictId: string;
  rationale: string;
  createdBy: string;
  sourceUrl?: string;
}

/** A claim on the first occurrence of its quote, already in review, with one source. */
export async function arrangeClaimInReview(article: ArticleCopy, claim: ArrangedClaim): Promise<string> {
  const start = article.bodyText.indexOf(claim.quote);
  if (start < 0) throw new Error(`"${claim.quote}" is not in the article`);
  const end = start + claim.quote.length;
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.claims (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset,
         claim_text, claimant, verdict_id, rationale, status, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, 'NBC News', $8, $9, 'in_review', $10)
       returning id`,
      [
        article.id,
        claim.quote,
        article.bodyText.slice(Math.max(0, start - 32), start),
        article.bodyText.slice(end, end + 32),
        start,
        end,
        claim.claimText,
        claim.verdictId,
        claim.rationale,
        claim.createdBy,
      ],
    );
    const id = rows[0]!.id;
    await db.query(
      `insert into public.sources (claim_id, url, title, publisher, quote, stance, created_by)
       values ($1, $2, 'ICE statement', 'ICE', 'We arrested 2,200 people.', 'supports', $3)`,
      [id, claim.sourceUrl ?? 'https://www.ice.gov/news/releases', claim.createdBy],
    );
    // Without a signed-in user the trigger records no actor; the claim's author made it.
    await db.query("update public.claim_events set actor_id = $2 where claim_id = $1 and action = 'created'", [
      id,
      claim.createdBy,
    ]);
    await db.query(
      `insert into public.claim_events (claim_id, actor_id, action, from_status, to_status)
       values ($1, $2, 'submitted', 'draft', 'in_review')`,
      [id, claim.createdBy],
    );
    return id;
  });
}

/** Someone else changes a claim behind the open page (its version goes up). */
export async function changeClaimElsewhere(claimId: string, changes: { verdictId: string; claimText: string }) {
  await withE2eDb((db) =>
    db.query('update public.claims set verdict_id = $2, claim_text = $3 where id = $1', [
      claimId,
      changes.verdictId,
      changes.claimText,
    ]),
  );
}

export async function storedClaim(claimId: string) {
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ status: string; version: number; verdict_id: string | null; reviewed_by: string | null }>(
      'select status, version, verdict_id, reviewed_by from public.claims where id = $1',
      [claimId],
    );
    return rows[0] ?? null;
  });
}

export async function claimsOfArticle(articleId: string) {
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ id: string; status: string; claim_text: string; verdict_id: string | null }>(
      'select id, status, claim_text, verdict_id from public.claims where article_id = $1 order by created_at',
      [articleId],
    );
    return rows;
  });
}

export async function claimEvents(claimId: string) {
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ action: string; actor: string | null; note: string | null }>(
      `select e.action, p.display_name as actor, e.note
       from public.claim_events e left join public.profiles p on p.id = e.actor_id
       where e.claim_id = $1 order by e.id`,
      [claimId],
    );
    return rows;
  });
}

