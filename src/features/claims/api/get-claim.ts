// Fetches one claim with its sources. Resolves to null when there is no such claim or
// row-level security hides it.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import type { ClaimWithSources } from './claim-types';

export async function getClaim(claimId: string): Promise<ClaimWithSources | null> {
  const { data, error, status } = await supabase
    .from('claims')
    .select('*, sources(*)')
    .eq('id', claimId)
    .order('created_at', { referencedTable: 'sources', ascending: true })
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
