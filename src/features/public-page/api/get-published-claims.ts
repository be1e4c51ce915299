// Fetches an article's published claims with their sources, in reading order. The status
// filter is sent even though anonymous visitors could read nothing else: a signed-in reader
// may read every claim, and a draft must never reach the public page.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';
import { isUuid } from '../../../lib/is-uuid';

export async function getPublishedClaims(articleId: string) {
  if (!isUuid(articleId)) return [];
  const { data, error, status } = await supabase
    .from('claims')
    .select(
      'id, claim_text, claimant, verdict_id, rationale, quote_exact, start_offset, end_offset, published_at, sources(id, url, title, publisher, quote, stance)',
    )
    .eq('article_id', articleId)
    .eq('status', 'published')
    .order('start_offset', { ascending: true, nullsFirst: false })
    .order('published_at', { ascending: true })
    .order('created_at', { referencedTable: 'sources', ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type PublishedClaim = Awaited<ReturnType<typeof getPublishedClaims>>[number];
export type PublishedSource = PublishedClaim['sources'][number];
