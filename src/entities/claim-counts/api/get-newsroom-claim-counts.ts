// Exact counts of a newsroom's claims (of one author's, when given) per status and verdict,
// aggregated by the database (public.newsroom_claim_counts): what the lists say they hold and
// the dashboard shows, at any size, without loading a claim.
import { RequestError } from '../../request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getNewsroomClaimCounts(newsroomId: string, authorId: string | null = null) {
  const { data, error, status } = await supabase.rpc('newsroom_claim_counts', {
    newsroom_id: newsroomId,
    ...(authorId === null ? {} : { author: authorId }),
  });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ClaimCount = Awaited<ReturnType<typeof getNewsroomClaimCounts>>[number];
