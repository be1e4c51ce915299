// Saves a newsroom's name, slug, website and logo; row-level security lets only its admins.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export interface NewsroomProfileChange {
  newsroomId: string;
  name: string;
  slug: string;
  url: string | null;
  logoUrl: string | null;
}

export async function updateNewsroomProfile({ newsroomId, name, slug, url, logoUrl }: NewsroomProfileChange) {
  const { data, error, status } = await supabase
    .from('newsrooms')
    .update({ name, slug, url, logo_url: logoUrl })
    .eq('id', newsroomId)
    .select('id, name, slug, url, logo_url')
    .single();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
