// Takes the author's claim back from review to draft while nobody has decided on it
// (public.withdraw_claim; a stale version → 409).
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function withdrawClaim({ claimId, expectedVersion }: { claimId: string; expectedVersion: number }) {
  const { data, error, status } = await supabase.rpc('withdraw_claim', { claim_id: claimId, expected_version: expectedVersion });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
