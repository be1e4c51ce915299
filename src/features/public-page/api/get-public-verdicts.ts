// Fetches the verdict scale (labels, colours and schema.org rating values), readable by anyone.
import { supabase } from '../../../lib/supabase';

export async function getPublicVerdicts() {
  const { data, error } = await supabase
    .from('verdicts')
    .select('id, label, color, rating_value, sort')
    .order('sort', { ascending: true });
  if (error) throw error;
  return data;
}

export type PublicVerdict = Awaited<ReturnType<typeof getPublicVerdicts>>[number];
