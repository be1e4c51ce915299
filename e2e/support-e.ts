// Helpers for the review specs: articles and claims arranged straight in the database as
// the superuser (who may put a claim in review directly, as the workflow functions do),
// what the database holds afterwards, and supabase-js signed in as a demo user for the
// calls the page must not be the only guard against.
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import ws from 'ws';
import type { Database } from '../src/lib/database.types.ts';
import { anonKey, dbPassword, dbUser } from '../stack/config.ts';
import { demoPassword, demoUserIds, seedArticleId } from '../stack/seed/seed-ids.ts';
import { e2ePorts } from './ports.ts';

export const demoEditor = { email: 'editor@example.com', password: demoPassword };
export const demoAdmin = { email: 'admin@example.com', password: demoPassword };

async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(`postgresql://${dbUser}:${dbPassword}@127.0.0.1:${e2ePorts.db}/postgres`);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface ArticleCopy {
  id: string;
  title: string;
  bodyText: string;
}

export async function copySeedArticle(title: string): Promise<ArticleCopy> {
  const uniqueTitle = `${title} ${crypto.randomUUID().slice(0, 8)}`;
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string; body_text: string }>(
      `insert into public.articles (title, url, publisher, published_at, body, body_text, created_by)
       select $1, url, publisher, published_at, body, body_text, $2
       from public.articles where id = $3
       returning id, body_text`,
      [uniqueTitle, demoUserIds.checker, seedArticleId],
    );
    const row = rows[0]!;
    return { id: row.id, title: uniqueTitle, bodyText: row.body_text };
  });
}

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
  return withDb(async (db) => {
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
  await withDb((db) =>
    db.query('update public.claims set verdict_id = $2, claim_text = $3 where id = $1', [
      claimId,
      changes.verdictId,
      changes.claimText,
    ]),
  );
}

export async function storedClaim(claimId: string) {
  return withDb(async (db) => {
    const { rows } = await db.query<{ status: string; version: number; verdict_id: string | null; reviewed_by: string | null }>(
      'select status, version, verdict_id, reviewed_by from public.claims where id = $1',
      [claimId],
    );
    return rows[0] ?? null;
  });
}

export async function claimsOfArticle(articleId: string) {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string; status: string; claim_text: string; verdict_id: string | null }>(
      'select id, status, claim_text, verdict_id from public.claims where article_id = $1 order by created_at',
      [articleId],
    );
    return rows;
  });
}

export async function claimEvents(claimId: string) {
  return withDb(async (db) => {
    const { rows } = await db.query<{ action: string; actor: string | null; note: string | null }>(
      `select e.action, p.display_name as actor, e.note
       from public.claim_events e left join public.profiles p on p.id = e.actor_id
       where e.claim_id = $1 order by e.id`,
      [claimId],
    );
    return rows;
  });
}

/** supabase-js as a demo user, for the calls a page could skip but the database must refuse. */
export async function signedInClient(email: string) {
  const client = createClient<Database>(`http://127.0.0.1:${e2ePorts.api}`, anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
  });
  const { error } = await client.auth.signInWithPassword({ email, password: demoPassword });
  if (error) throw error;
  return client;
}

export function anonymousClient() {
  return createClient<Database>(`http://127.0.0.1:${e2ePorts.api}`, anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
  });
}
