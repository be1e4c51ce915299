// Sends a claim for review. The database refuses with a message saying what is missing
// (verdict, rationale, a source) or with 409 when the version sent is stale.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import type { Claim } from './claim-types';

export async function submitClaim(claimId: string, expectedVersion: number): Promise<Claim> {
  const { data, error, status } = await supabase.rpc('submit_claim', {
    claim_id: claimId,
    expected_version: expectedVersion,
  });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
