// One claim with everything an editor needs to decide on it: its sources, its article's
// title and text (for the highlight in context), its author and its verdict. Resolves to
// null when there is no such claim or row-level security hides it.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

const reviewColumns =
  '*, sources(*), article:articles(id, title, body_text, newsroom_id), author:profiles!claims_created_by_fkey(id, display_name), verdict:verdicts(id, label, color)';

export async function getReviewClaim(claimId: string) {
  const { data, error, status } = await supabase
    .from('claims')
    .select(reviewColumns)
    .eq('id', claimId)
    .order('created_at', { referencedTable: 'sources', ascending: true })
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ReviewClaim = NonNullable<Awaited<ReturnType<typeof getReviewClaim>>>;
