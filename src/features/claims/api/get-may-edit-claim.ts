// Asks the database whether the signed-in user may edit a claim: the same rule its
// row-level security applies (the author while a draft or sent back, the article's newsroom's
// editors while in review).
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import type { Claim } from './claim-types';

// A claim whose author's profile was deleted has no author; nobody matches this id.
const noAuthor = '00000000-0000-0000-0000-000000000000';

// While a correction is open its editor writes the claim, as the policy says.
export async function getMayEditClaim(claim: Pick<Claim, 'article_id' | 'created_by' | 'corrector_id' | 'status'>): Promise<boolean> {
  const { data, error, status } = await supabase.rpc('may_edit_claim', {
    article_id: claim.article_id,
    author: claim.corrector_id ?? claim.created_by ?? noAuthor,
    status: claim.status,
  });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
