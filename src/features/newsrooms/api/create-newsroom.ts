// Creates a newsroom with the caller as its admin and the default verdict scale.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export interface NewNewsroom {
  name: string;
  slug: string;
}

export async function createNewsroom({ name, slug }: NewNewsroom) {
  const { data, error, status } = await supabase.rpc('create_newsroom', { name, slug });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
