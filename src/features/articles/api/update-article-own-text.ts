// Marks an article as the newsroom's own text (its public page then shows it in full) or
// not (the public sees only the sentences its fact-checks quote). Row-level security lets
// the article's creator and the newsroom's editors change it; anyone else's update matches
// no row, which is reported as refused rather than silently ignored.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function updateArticleOwnText({ articleId, ownText }: { articleId: string; ownText: boolean }) {
  const { data, error, status } = await supabase
    .from('articles')
    .update({ own_text: ownText })
    .eq('id', articleId)
    .select('id, own_text')
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  if (data === null) {
    throw new RequestError({ message: 'Only the article’s creator and the newsroom’s editors may change this.', code: '42501', status: 403 });
  }
  return data;
}
