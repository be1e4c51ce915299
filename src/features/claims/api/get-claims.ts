// Fetches every claim of an article with its sources, in reading order; claims that are
// not anchored to a position come last.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import type { ClaimWithSources } from './claim-types';

export async function getClaims(articleId: string): Promise<ClaimWithSources[]> {
  const { data, error, status } = await supabase
    .from('claims')
    .select('*, sources(*)')
    .eq('article_id', articleId)
    .order('start_offset', { ascending: true, nullsFirst: false })
    .order('end_offset', { ascending: true, nullsFirst: false })
    .order('created_at', { ascending: true })
    .order('created_at', { referencedTable: 'sources', ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
