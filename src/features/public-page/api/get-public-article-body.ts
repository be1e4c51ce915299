// The text of an article the public may read in full (the newsroom's own text, with a
// publication) as its ProseMirror document; null for any other article, whose public page
// shows only the sentences its fact-checks quote.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getPublicArticleBody(articleId: string) {
  const { data, error, status } = await supabase.rpc('public_article_body', { article_id: articleId });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
