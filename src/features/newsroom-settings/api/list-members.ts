// A newsroom's members with their email addresses, for its admins (public.list_members).
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function listMembers(newsroomId: string) {
  const { data, error, status } = await supabase.rpc('list_members', { newsroom_id: newsroomId });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number];
