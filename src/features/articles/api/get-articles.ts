// Fetches a newsroom's article list: what the list page shows, newest publication first.
// Only the newsroom's own: a member may also read other newsrooms' published articles.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getArticles(newsroomId: string) {
  const { data, error, status } = await supabase
    .from('articles')
    .select('id, title, publisher, published_at')
    .eq('newsroom_id', newsroomId)
    .order('published_at', { ascending: false, nullsFirst: false })
    .order('created_at', { ascending: false });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ArticleSummary = Awaited<ReturnType<typeof getArticles>>[number];
