// How many comments and history events a claim has, counted by the database
// (public.claim_thread_counts) for "Showing 50 of N" under each.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export async function getThreadCounts(claimId: string): Promise<{ comments: number; events: number } | null> {
  const { data, error, status } = await supabase.rpc('claim_thread_counts', { claim_id: claimId }).maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
