// How many of a newsroom's claims wait for review: a head request, so no rows travel for the
// nav badge.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export async function getReviewCount(newsroomId: string): Promise<number> {
  const { count, error, status } = await supabase
    .from('claims')
    .select('id, article:articles!inner(newsroom_id)', { count: 'exact', head: true })
    .eq('status', 'in_review')
    .eq('article.newsroom_id', newsroomId);
  if (error) throw RequestError.fromPostgrest(error, status);
  return count ?? 0;
}
