// How many claims wait for review: a head request, so no rows travel for the nav badge.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export async function getReviewCount(): Promise<number> {
  const { count, error, status } = await supabase
    .from('claims')
    .select('id', { count: 'exact', head: true })
    .eq('status', 'in_review');
  if (error) throw RequestError.fromPostgrest(error, status);
  return count ?? 0;
}
