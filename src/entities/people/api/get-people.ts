// Everyone's display name, for naming the authors of claims. Row-level security lets any
// signed-in user read profiles; anonymous visitors get none.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../request-error/request-error';

export async function getPeople() {
  const { data, error, status } = await supabase.from('profiles').select('id, display_name');
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type Person = Awaited<ReturnType<typeof getPeople>>[number];
