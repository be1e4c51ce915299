// Why the viewer may not approve a claim now, in the database's own words
// (public.approval_blocker, the rule review_claim applies), or null when they may.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getApprovalBlocker(claimId: string): Promise<string | null> {
  const { data, error, status } = await supabase.rpc('approval_blocker', { claim_id: claimId });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
