// Every claim waiting for review, oldest submission first (submit_claim sets updated_at,
// and nobody but an editor edits a claim while it is in review), with its article's title,
// its author's name and its verdict, in one request: the given newsroom's only.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

const queueColumns =
  'id, article_id, claim_text, quote_exact, claimant, created_by, updated_at, version, article:articles!inner(id, title, newsroom_id), author:profiles!claims_created_by_fkey(display_name), verdict:verdicts(id, label, color)';

export async function getReviewQueue(newsroomId: string) {
  const { data, error, status } = await supabase
    .from('claims')
    .select(queueColumns)
    .eq('status', 'in_review')
    .eq('article.newsroom_id', newsroomId)
    .order('updated_at', { ascending: true })
    .order('id', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type QueueItem = Awaited<ReturnType<typeof getReviewQueue>>[number];
