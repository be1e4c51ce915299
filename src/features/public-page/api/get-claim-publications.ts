// Every publication of one claim, oldest first: the first, each correction and a retraction,
// as they went out. The claim's page shows the latest and keeps the earlier ones readable.
import { RequestError } from '../../../entities/request-error/request-error';
import { isUuid } from '../../../lib/is-uuid';
import { supabase } from '../../../lib/supabase';
import { publicationFromRow } from '../utils/publication';
import { publicationColumns } from './get-article-fact-checks';

export async function getClaimPublications(claimId: string) {
  if (!isUuid(claimId)) return [];
  const { data, error, status } = await supabase
    .from('claim_publications')
    .select(publicationColumns)
    .eq('claim_id', claimId)
    .order('revision', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data.map(publicationFromRow);
}
