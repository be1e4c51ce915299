// A newsroom's public profile by the slug in its index's address (/n/<slug>): its name,
// website and logo, which anyone may read. Null when no newsroom has that slug.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getNewsroomBySlug(slug: string) {
  const { data, error, status } = await supabase.from('newsrooms').select('id, slug, name, url, logo_url').eq('slug', slug).maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type PublicNewsroom = NonNullable<Awaited<ReturnType<typeof getNewsroomBySlug>>>;
