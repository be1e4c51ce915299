// How many of a newsroom's claims wait in a state (in review, approved), from the database's
// tallies (public.newsroom_claim_counts): a few rows, however many claims there are.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export async function getReviewCount(newsroomId: string, state: 'in_review' | 'approved' = 'in_review'): Promise<number> {
  const { data, error, status } = await supabase.rpc('newsroom_claim_counts', { newsroom_id: newsroomId }).eq('status', state);
  if (error) throw RequestError.fromPostgrest(error, status);
  return data.reduce((sum, row) => sum + row.claims, 0);
}
