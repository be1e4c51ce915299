// One page of the approved claims of a newsroom waiting to be published, oldest approval first,
// with its article's title, its checker's and reviewer's names and its verdict, in one request.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import { type KeysetColumn, afterCursor, type KeysetValue, pageSize, toPage } from '../../../lib/keyset';

const readyColumns =
  'id, claim_text, reviewed_at, article:articles!inner(id, title, newsroom_id), author:profiles!claims_created_by_fkey(display_name), reviewer:profiles!claims_reviewed_by_fkey(display_name), verdict:verdicts(id, label, color)';

// review_claim stamps reviewed_at on approval, but an approved claim without one sorts last
// rather than being lost.
const order: KeysetColumn[] = [
  { column: 'reviewed_at', ascending: true, nullable: true },
  { column: 'id', ascending: true },
];

export async function getReadyToPublish(newsroomId: string, after: KeysetValue[] | null) {
  let query = supabase.from('claims').select(readyColumns).eq('status', 'approved').eq('article.newsroom_id', newsroomId);
  query = afterCursor(query, order, after);
  const { data, error, status } = await query
    .order('reviewed_at', { ascending: true })
    .order('id', { ascending: true })
    .limit(pageSize + 1);
  if (error) throw RequestError.fromPostgrest(error, status);
  return toPage(data, (item) => [item.reviewed_at, item.id]);
}

export type ReadyItem = Awaited<ReturnType<typeof getReadyToPublish>>['items'][number];
