// Fetches the dashboard's one aggregate: how many claims each article has per status and
// verdict, computed by the database (view public.claim_counts_by_article) so no claim row
// is loaded, for one newsroom (a member also reads other newsrooms' published claims).
// `complete` is false when the server's row cap cut the answer short.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getClaimCounts(newsroomId: string) {
  const { data, error, count, status } = await supabase
    .from('claim_counts_by_article')
    .select('article_id, article_title, status, verdict_id, verdict_label, verdict_color, verdict_sort, claims', { count: 'exact' })
    .eq('newsroom_id', newsroomId)
    .order('article_title', { ascending: true })
    .order('article_id', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return { rows: data, complete: count === null || count <= data.length };
}

export type ClaimCountRow = Awaited<ReturnType<typeof getClaimCounts>>['rows'][number];
