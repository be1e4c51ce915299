// Fetches one claim with its sources. Resolves to null when there is no such claim or
// row-level security hides it.
import { supabase } from '../../../lib/supabase';
import { ClaimRequestError } from './claim-request-error';
import type { ClaimWithSources } from './claim-types';

export async function getClaim(claimId: string): Promise<ClaimWithSources | null> {
  const { data, error, status } = await supabase
    .from('claims')
    .select('*, sources(*)')
    .eq('id', claimId)
    .order('created_at', { referencedTable: 'sources', ascending: true })
    .maybeSingle();
  if (error) throw new ClaimRequestError(error, status);
  return data;
}
