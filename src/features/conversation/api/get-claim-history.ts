// Fetches a claim's audit trail in the order it happened, each event naming its actor as they
// were called then (or "system").
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export async function getClaimHistory(claimId: string) {
  const { data, error, status } = await supabase
    .from('claim_events')
    .select(
      'id, action, from_status, to_status, from_verdict, to_verdict, note, created_at, actor_name',
    )
    .eq('claim_id', claimId)
    .order('id', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ClaimEvent = Awaited<ReturnType<typeof getClaimHistory>>[number];
