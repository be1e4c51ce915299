// One page of the claims waiting for review, oldest submission first (submit_claim sets
// updated_at, and nobody but an editor edits a claim while it is in review), with its article's
// title, its author's name and its verdict, in one request: the given newsroom's only,
// optionally of one article or one checker. The first page of one article's claims also counts
// them (a handful; the newsroom's and a checker's totals come from the claim counts).
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import { type KeysetColumn, afterCursor, type KeysetValue, pageSize, toPage } from '../../../lib/keyset';

const queueColumns =
  'id, article_id, claim_text, quote_exact, claimant, created_by, updated_at, version, article:articles!inner(id, title, newsroom_id), author:profiles!claims_created_by_fkey(display_name), verdict:verdicts(id, label, color)';

const order: KeysetColumn[] = [
  { column: 'updated_at', ascending: true },
  { column: 'id', ascending: true },
];

export interface QueueFilters {
  articleId: string | null;
  checkerId: string | null;
}

export const noQueueFilters: QueueFilters = { articleId: null, checkerId: null };

export async function getReviewQueue(newsroomId: string, filters: QueueFilters, after: KeysetValue[] | null) {
  let query = supabase
    .from('claims')
    .select(queueColumns, after === null && filters.articleId !== null ? { count: 'exact' } : undefined)
    .eq('status', 'in_review')
    .eq('article.newsroom_id', newsroomId);
  if (filters.articleId !== null) query = query.eq('article_id', filters.articleId);
  if (filters.checkerId !== null) query = query.eq('created_by', filters.checkerId);
  query = afterCursor(query, order, after);
  const { data, error, status, count } = await query
    .order('updated_at', { ascending: true })
    .order('id', { ascending: true })
    .limit(pageSize + 1);
  if (error) throw RequestError.fromPostgrest(error, status);
  return { ...toPage(data, (item) => [item.updated_at, item.id]), count };
}

export type QueueItem = Awaited<ReturnType<typeof getReviewQueue>>['items'][number];
