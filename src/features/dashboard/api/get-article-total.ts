// How many articles the dashboard's per-article tables page through, counted by the database.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';
import type { ArticleSelection } from './get-article-counts';

export async function getArticleTotal(newsroomId: string, articles: ArticleSelection): Promise<number> {
  const { data, error, status } = await supabase.rpc('newsroom_article_count', { newsroom_id: newsroomId, articles });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
