// Fetches one article with its body. Resolves to null when there is no such article or
// row-level security hides it, so the page can say "not found" rather than "error".
// updated_at and created_by let the page offer edit mode and send save_article_text the
// version it read; newsroom_id says whose verdict scale and role rules apply; own_text
// whether its public page shows the text in full.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';
import { isUuid } from '../../../lib/is-uuid';

export async function getArticle(id: string) {
  // PostgREST answers a malformed uuid with a cast error; to the reader it is simply missing.
  if (!isUuid(id)) return null;
  const { data, error, status } = await supabase
    .from('articles')
    .select('id, newsroom_id, title, url, publisher, published_at, body, own_text, updated_at, created_by')
    .eq('id', id)
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ArticleDetails = NonNullable<Awaited<ReturnType<typeof getArticle>>>;
