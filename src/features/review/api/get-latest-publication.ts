// The latest publication of a claim (claim_publications): what readers see now, which a
// correction under review is compared with. Null for a claim never published.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getLatestPublication(claimId: string) {
  const { data, error, status } = await supabase
    .from('claim_publications')
    .select('revision, kind, claim_text, claimant, verdict_label, verdict_color, published_at')
    .eq('claim_id', claimId)
    .order('revision', { ascending: false })
    .limit(1)
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type LatestPublication = NonNullable<Awaited<ReturnType<typeof getLatestPublication>>>;
