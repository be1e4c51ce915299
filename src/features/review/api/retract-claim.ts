// Retracts a published claim with a public note (public.retract_claim): the public pages then
// show the retraction instead of the verdict. Admins only; the claim changes no more.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function retractClaim({ claimId, expectedVersion, note }: { claimId: string; expectedVersion: number; note: string }) {
  const { data, error, status } = await supabase.rpc('retract_claim', { claim_id: claimId, expected_version: expectedVersion, note });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
