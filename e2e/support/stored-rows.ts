// What the database holds, read past row-level security, to check what a page stored.
import type { ClaimStatus } from '../../src/entities/claim-status/claim-status.ts';
import { demoNewsroomId } from '../../stack/seed/seed-ids.ts';
import { serviceRole, withE2eDb } from './stack-clients.ts';

export async function storedArticlesTitled(title: string) {
  const { data, error } = await serviceRole
    .from('articles')
    .select('id, title, url, publisher, published_at, body, body_text, created_by')
    .eq('title', title);
  if (error) throw error;
  return data;
}

export async function storedBodyText(articleId: string) {
  const { data, error } = await serviceRole.from('articles').select('body_text').eq('id', articleId).single();
  if (error) throw error;
  return data.body_text;
}

const claimColumns =
  'id, status, version, claim_text, claimant, quote_exact, start_offset, end_offset, verdict_id, rationale, reviewed_by, sources(url, title)';

/** The article's claims, oldest first. */
export async function storedClaims(articleId: string) {
  const { data, error } = await serviceRole
    .from('claims')
    .select(claimColumns)
    .eq('article_id', articleId)
    .order('created_at');
  if (error) throw error;
  return data;
}

export async function storedClaim(claimId: string) {
  const { data, error } = await serviceRole.from('claims').select(claimColumns).eq('id', claimId).maybeSingle();
  if (error) throw error;
  return data;
}

/**
 * How many claims Demo Newsroom (the demo accounts' newsroom, whose work the dashboard shows)
 * holds per status and per verdict label ('No verdict yet' for none).
 */
export async function claimCounts() {
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
