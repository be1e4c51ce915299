// Fetches the verdict scale (true … false) in the order it is shown. Anonymous visitors
// read it too: the public page names each published verdict.
import type { Tables } from '../../../lib/database.types';
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../request-error/request-error';

export type Verdict = Tables<'verdicts'>;

export async function getVerdicts(): Promise<Verdict[]> {
  const { data, error, status } = await supabase.from('verdicts').select('*').order('sort', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
