// Publishes an approved claim, at the version the editor was shown (409 when stale).
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export async function publishClaim(input: { claimId: string; expectedVersion: number }) {
  const { data, error, status } = await supabase.rpc('publish_claim', {
    claim_id: input.claimId,
    expected_version: input.expectedVersion,
  });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
