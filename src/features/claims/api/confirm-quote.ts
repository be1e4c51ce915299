// Confirms that a claim still stands on the words a correction of the article re-quoted it
// onto (public.confirm_quote: its author or an editor; a stale version → 409).
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function confirmQuote({ claimId, expectedVersion }: { claimId: string; expectedVersion: number }) {
  const { data, error, status } = await supabase.rpc('confirm_quote', { claim_id: claimId, expected_version: expectedVersion });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
