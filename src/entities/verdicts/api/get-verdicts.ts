// Fetches a newsroom's verdict scale (true … false, or whatever its admins made it) in the
// order it is shown, retired verdicts included: they are still shown on the claims that
// have them (verdictsForNewClaims leaves them out of the choice). Anonymous visitors read
// the verdicts that published claims use, so the public page can name them.
import type { Tables } from '../../../lib/database.types';
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../request-error/request-error';

export type Verdict = Tables<'verdicts'>;

export async function getVerdicts(newsroomId: string): Promise<Verdict[]> {
  const { data, error, status } = await supabase
    .from('verdicts')
    .select('*')
    .eq('newsroom_id', newsroomId)
    .order('sort', { ascending: true })
    .order('label', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
