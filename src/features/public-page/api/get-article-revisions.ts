// The revisions of an article's text, oldest first: readers of a fact-check see whether the
// words it rated were changed after it was published, when and why.
import { RequestError } from '../../../entities/request-error/request-error';
import { isUuid } from '../../../lib/is-uuid';
import { supabase } from '../../../lib/supabase';

export async function getArticleRevisions(articleId: string) {
  // As for the article: a malformed id is simply an article with nothing to show.
  if (!isUuid(articleId)) return [];
  const { data, error, status } = await supabase
    .from('article_revisions')
    .select('id, created_at, note')
    .eq('article_id', articleId)
    .order('id', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ArticleRevision = Awaited<ReturnType<typeof getArticleRevisions>>[number];
