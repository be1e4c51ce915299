// How many of a newsroom's claims wait in a state (in review, approved): a head request, so
// no rows travel for the navigation's badges.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export async function getReviewCount(newsroomId: string, state: 'in_review' | 'approved' = 'in_review'): Promise<number> {
  const { count, error, status } = await supabase
    .from('claims')
    .select('id, article:articles!inner(newsroom_id)', { count: 'exact', head: true })
    .eq('status', state)
    .eq('article.newsroom_id', newsroomId);
  if (error) throw RequestError.fromPostgrest(error, status);
  return count ?? 0;
}
