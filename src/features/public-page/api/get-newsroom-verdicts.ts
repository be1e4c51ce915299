// The verdicts a newsroom's fact-checks carry now, as labelled when published, with how many
// carry each, highest rating first: what its public index may be filtered by.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getNewsroomVerdicts(newsroomId: string) {
  const { data, error, status } = await supabase
    .from('newsroom_published_verdicts')
    .select('verdict_label, verdict_rating_value, fact_checks')
    .eq('newsroom_id', newsroomId)
    .order('verdict_rating_value', { ascending: false, nullsFirst: false })
    .order('verdict_label', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data.flatMap((row) => (row.verdict_label === null ? [] : [{ label: row.verdict_label, factChecks: row.fact_checks ?? 0 }]));
}

export type NewsroomVerdict = Awaited<ReturnType<typeof getNewsroomVerdicts>>[number];
