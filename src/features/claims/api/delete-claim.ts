// Deletes the author's draft (public.delete_claim): its sources and comments go, its trail
// stays with a "deleted" entry. The database refuses a claim that was ever submitted.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function deleteClaim(claimId: string) {
  const { error, status } = await supabase.rpc('delete_claim', { claim_id: claimId });
  if (error) throw RequestError.fromPostgrest(error, status);
}
