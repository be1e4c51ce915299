// Adds an article to a newsroom as the signed-in user (created_by defaults to them; RLS
// insists on it, and on their being a member of the newsroom).
// body is the Tiptap document and body_text its plain text, which claims' offsets index into.
import { RequestError } from '../../../entities/request-error/request-error';
import type { TablesInsert } from '../../../lib/database.types';
import { supabase } from '../../../lib/supabase';

export type NewArticle = Pick<
  TablesInsert<'articles'>,
  'newsroom_id' | 'title' | 'url' | 'publisher' | 'published_at' | 'body' | 'body_text'
>;

export async function createArticle(article: NewArticle) {
  const { data, error, status } = await supabase.from('articles').insert(article).select('id').single();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
