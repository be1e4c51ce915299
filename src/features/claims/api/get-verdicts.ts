// Fetches the verdict scale (true … false) in the order it is shown.
import { supabase } from '../../../lib/supabase';
import { ClaimRequestError } from './claim-request-error';
import type { Verdict } from './claim-types';

export async function getVerdicts(): Promise<Verdict[]> {
  const { data, error, status } = await supabase
    .from('verdicts')
    .select('*')
    .order('sort', { ascending: true });
  if (error) throw new ClaimRequestError(error, status);
  return data;
}
