// Opens a correction of a published claim (public.start_correction): the claim becomes the
// caller's correction draft while its latest publication stays public. Editors and admins.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function startCorrection({ claimId, expectedVersion }: { claimId: string; expectedVersion: number }) {
  const { data, error, status } = await supabase.rpc('start_correction', { claim_id: claimId, expected_version: expectedVersion });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
