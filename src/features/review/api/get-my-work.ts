// One page of the signed-in user's claims of one status in a newsroom, latest change first,
// with their articles' titles and verdicts, and for each the latest "changes requested" event
// (the editor's note). Two requests side by side: the trail outlives claims, so it is no longer
// embedded under them.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import { type KeysetColumn, afterCursor, type KeysetValue, pageSize, toPage } from '../../../lib/keyset';

const myWorkColumns =
  'id, article_id, claim_text, quote_exact, status, updated_at, article:articles!inner(id, title, newsroom_id), verdict:verdicts(id, label, color)';

const order: KeysetColumn[] = [
  { column: 'updated_at', ascending: false },
  { column: 'id', ascending: false },
];

export async function getMyWork(userId: string, newsroomId: string, claimStatus: string, after: KeysetValue[] | null) {
  let query = supabase
    .from('claims')
    .select(myWorkColumns)
    .eq('created_by', userId)
    .eq('status', claimStatus)
    .eq('article.newsroom_id', newsroomId);
  query = afterCursor(query, order, after);
  const claims = await query
    .order('updated_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(pageSize + 1);
  if (claims.error) throw RequestError.fromPostgrest(claims.error, claims.status);
  const page = toPage(claims.data, (claim) => [claim.updated_at, claim.id]);
  if (claimStatus !== 'changes_requested' || page.items.length === 0) {
    return { ...page, items: page.items.map((claim) => ({ ...claim, request: null })) };
  }
  const requests = await supabase
    .from('latest_change_requests')
    .select('claim_id, note, actor_name, created_at')
    .in('claim_id', page.items.map((claim) => claim.id));
  if (requests.error) throw RequestError.fromPostgrest(requests.error, requests.status);
  const requestOf = new Map(requests.data.map((request) => [request.claim_id, request]));
  return { ...page, items: page.items.map((claim) => ({ ...claim, request: requestOf.get(claim.id) ?? null })) };
}

export type MyWorkItem = Awaited<ReturnType<typeof getMyWork>>['items'][number];
