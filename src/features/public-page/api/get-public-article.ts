// Fetches what the public may read of an article (its title, publisher, date, link and
// whether it is the newsroom's own text, never its text) with the newsroom that checked it.
// Resolves to null when there is no such article or row-level security hides it (anonymous
// visitors see an article only once one of its claims is published), so the page can say
// there is nothing to show.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';
import { isUuid } from '../../../lib/is-uuid';

export async function getPublicArticle(articleId: string) {
  // PostgREST answers a malformed uuid with a cast error; to the reader it is simply missing.
  if (!isUuid(articleId)) return null;
  const { data, error, status } = await supabase
    .from('articles')
    .select('id, newsroom_id, title, url, publisher, published_at, own_text, newsroom:newsrooms!inner(name, slug, url, logo_url)')
    .eq('id', articleId)
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type PublicArticle = NonNullable<Awaited<ReturnType<typeof getPublicArticle>>>;
