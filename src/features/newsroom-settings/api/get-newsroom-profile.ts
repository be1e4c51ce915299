// Reads a newsroom's public profile (name, slug, website, logo), which its settings edit.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getNewsroomProfile(newsroomId: string) {
  const { data, error, status } = await supabase
    .from('newsrooms')
    .select('id, name, slug, url, logo_url')
    .eq('id', newsroomId)
    .single();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type NewsroomProfile = Awaited<ReturnType<typeof getNewsroomProfile>>;
