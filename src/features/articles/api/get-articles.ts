// Fetches the article list: what the list page shows, newest publication first.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getArticles() {
  const { data, error, status } = await supabase
    .from('articles')
    .select('id, title, publisher, published_at')
    .order('published_at', { ascending: false, nullsFirst: false })
    .order('created_at', { ascending: false });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ArticleSummary = Awaited<ReturnType<typeof getArticles>>[number];
