// How many articles a newsroom has, counted by the database (public.newsroom_article_count)
// for the list's "Showing 50 of N".
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getArticleCount(newsroomId: string): Promise<number> {
  const { data, error, status } = await supabase.rpc('newsroom_article_count', { newsroom_id: newsroomId });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
