// Abandons an open correction (public.discard_correction): the claim is put back as it was
// last published, sources included. Its editor, or an admin.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function discardCorrection({ claimId, expectedVersion }: { claimId: string; expectedVersion: number }) {
  const { data, error, status } = await supabase.rpc('discard_correction', { claim_id: claimId, expected_version: expectedVersion });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
