// Fetches one page of a claim's audit trail in the order it happened, each event naming its
// actor as they were called then (or "system").
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import { afterCursor, type KeysetColumn, type KeysetValue, pageSize, toPage } from '../../../lib/keyset';

const order: KeysetColumn[] = [{ column: 'id', ascending: true }];

export async function getClaimHistory(claimId: string, after: KeysetValue[] | null) {
  let query = supabase
    .from('claim_events')
    .select('id, action, from_status, to_status, from_verdict, to_verdict, note, created_at, actor_name')
    .eq('claim_id', claimId);
  query = afterCursor(query, order, after);
  const { data, error, status } = await query.order('id', { ascending: true }).limit(pageSize + 1);
  if (error) throw RequestError.fromPostgrest(error, status);
  return toPage(data, (event) => [event.id]);
}

export type ClaimEvent = Awaited<ReturnType<typeof getClaimHistory>>['items'][number];
