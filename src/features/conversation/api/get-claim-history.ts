// Fetches one page of a claim's audit trail in the order it happened, each event naming its
// actor as they were called then (or "system"); the first page also counts the whole trail.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import { type KeysetValue, keysetFilter, pageSize, toPage } from '../../../lib/keyset';

export async function getClaimHistory(claimId: string, after: KeysetValue[] | null) {
  let query = supabase
    .from('claim_events')
    .select('id, action, from_status, to_status, from_verdict, to_verdict, note, created_at, actor_name', after === null ? { count: 'exact' } : undefined)
    .eq('claim_id', claimId);
  if (after !== null) query = query.or(keysetFilter([{ column: 'id', ascending: true }], after));
  const { data, error, status, count } = await query.order('id', { ascending: true }).limit(pageSize + 1);
  if (error) throw RequestError.fromPostgrest(error, status);
  return { ...toPage(data, (event) => [event.id]), count };
}

export type ClaimEvent = Awaited<ReturnType<typeof getClaimHistory>>['items'][number];
