// One page of the dashboard's per-article figures: the newsroom's articles with claims (or only
// those with work waiting), by title, each with its claims counted per status and verdict by
// the database (public.newsroom_article_claim_counts), the page after the given article.
import { RequestError } from '../../../entities/request-error/request-error';
import { type KeysetValue, pageSize } from '../../../lib/keyset';
import { supabase } from '../../../lib/supabase';

export type ArticleSelection = 'with_claims' | 'waiting';

export async function getArticleCounts(newsroomId: string, articles: ArticleSelection, after: KeysetValue[] | null) {
  const [afterTitle, afterId] = after ?? [];
  const { data, error, status } = await supabase.rpc('newsroom_article_claim_counts', {
    newsroom_id: newsroomId,
    waiting_only: articles === 'waiting',
    max_articles: pageSize + 1,
    ...(typeof afterTitle === 'string' && typeof afterId === 'string' ? { after_title: afterTitle, after_id: afterId } : {}),
  });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
