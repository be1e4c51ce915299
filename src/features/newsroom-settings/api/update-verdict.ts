// Changes a verdict of the scale (admins): its wording, rating, colour, place or retirement.
// The claims that use it keep it; a retired verdict is only no longer offered for new ones.
import { RequestError } from '../../../entities/request-error/request-error';
import type { TablesUpdate } from '../../../lib/database.types';
import { supabase } from '../../../lib/supabase';

export type VerdictChange = Pick<TablesUpdate<'verdicts'>, 'label' | 'description' | 'rating_value' | 'color' | 'sort' | 'retired'>;

export async function updateVerdict({ verdictId, change }: { verdictId: string; change: VerdictChange }) {
  const { data, error, status } = await supabase.from('verdicts').update(change).eq('id', verdictId).select('*').single();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
