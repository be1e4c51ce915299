// The display names of the people the viewer shares a newsroom with (and their own), for
// naming the authors of claims: row-level security shows a member the profiles of their
// newsrooms' people and nobody else's; anonymous visitors get none.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../request-error/request-error';

export async function getPeople() {
  const { data, error, status } = await supabase.from('profiles').select('id, display_name');
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type Person = Awaited<ReturnType<typeof getPeople>>[number];
