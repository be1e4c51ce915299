// Where an article's published claims stand in its text: the offsets that put its
// fact-checks in reading order and, for the newsroom's own text, mark their words. Only
// published claims are asked for, so a correction being written (a draft again) or a
// retracted claim lends no position; the page then orders that fact-check by its first
// publication and marks nothing for it. What the page shows of each claim comes from its
// publications, never from here.
import { RequestError } from '../../../entities/request-error/request-error';
import { isUuid } from '../../../lib/is-uuid';
import { supabase } from '../../../lib/supabase';

export async function getClaimAnchors(articleId: string) {
  if (!isUuid(articleId)) return [];
  const { data, error, status } = await supabase
    .from('claims')
    .select('id, quote_exact, start_offset, end_offset')
    .eq('article_id', articleId)
    .eq('status', 'published');
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ClaimAnchor = Awaited<ReturnType<typeof getClaimAnchors>>[number];
