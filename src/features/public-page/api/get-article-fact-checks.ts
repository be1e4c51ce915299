// The fact-checks of an article as the public sees them now: the latest publication of each
// of its claims (a correction's, or a retraction), never the claim rows, which may hold a
// correction still being written. An article has a bounded number of claims, so one request
// reads them all.
import { RequestError } from '../../../entities/request-error/request-error';
import { isUuid } from '../../../lib/is-uuid';
import { supabase } from '../../../lib/supabase';
import { publicationFromRow } from '../utils/publication';

// One literal, so supabase-js types the rows it selects.
export const publicationColumns =
  'id, claim_id, article_id, newsroom_id, revision, kind, claim_text, claimant, claimant_kind, claim_date, claim_appearance_url, quote_exact, quote_sentence, verdict_label, verdict_color, verdict_rating_value, rationale, sources, note, published_at';

export async function getArticleFactChecks(articleId: string) {
  if (!isUuid(articleId)) return [];
  const { data, error, status } = await supabase
    .from('latest_claim_publications')
    .select(`${publicationColumns}, first_published_at` as const)
    .eq('article_id', articleId)
    .order('first_published_at', { ascending: true })
    .order('claim_id', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data.map((row) => ({ ...publicationFromRow(row), firstPublishedAt: row.first_published_at ?? row.published_at ?? '' }));
}

export type ArticleFactCheck = Awaited<ReturnType<typeof getArticleFactChecks>>[number];
