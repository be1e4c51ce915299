// Fetches one page of a newsroom's article list: newest publication first (undated last),
// then newest added, the page after the given cursor. Only the newsroom's own: a member may
// also read other newsrooms' published articles.
import { RequestError } from '../../../entities/request-error/request-error';
import { type KeysetColumn, afterCursor, type KeysetValue, pageSize, toPage } from '../../../lib/keyset';
import { supabase } from '../../../lib/supabase';

const order: KeysetColumn[] = [
  { column: 'published_at', ascending: false, nullsFirst: false, nullable: true },
  { column: 'created_at', ascending: false },
  { column: 'id', ascending: false },
];

export async function getArticles(newsroomId: string, after: KeysetValue[] | null) {
  let query = supabase.from('articles').select('id, title, publisher, published_at, created_at').eq('newsroom_id', newsroomId);
  query = afterCursor(query, order, after);
  const { data, error, status } = await query
    .order('published_at', { ascending: false, nullsFirst: false })
    .order('created_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(pageSize + 1);
  if (error) throw RequestError.fromPostgrest(error, status);
  return toPage(data, (article) => [article.published_at, article.created_at, article.id]);
}

export type ArticleSummary = Awaited<ReturnType<typeof getArticles>>['items'][number];
