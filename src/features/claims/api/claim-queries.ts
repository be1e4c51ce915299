// The claims feature's queries, on the claims entity's keys, so a decision taken on the
// review pages or a save here refreshes them wherever they are shown.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import type { Claim, ClaimListItem } from './claim-types';
import { getClaim } from './get-claim';
import { getClaims } from './get-claims';
import { getMayEditClaim } from './get-may-edit-claim';

export const claimQueries = {
  list: (articleId: string) =>
    queryOptions<ClaimListItem[]>({
      queryKey: [...queryKeys.claims.lists(), 'article', articleId],
      queryFn: () => getClaims(articleId),
    }),
  detail: (claimId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.detail(claimId), 'with-sources'],
      queryFn: () => getClaim(claimId),
      // Opening a claim asks again: an editor's decision taken meanwhile elsewhere (changes
      // requested) decides whether the panel opens the form or the read-only view.
      staleTime: 0,
    }),
  // Whether the signed-in user may edit this claim as it is now (newsroom, author and status).
  mayEdit: (claim: Pick<Claim, 'id' | 'article_id' | 'created_by' | 'corrector_id' | 'status'>) =>
    queryOptions({
      queryKey: [...queryKeys.claims.detail(claim.id), 'may-edit', claim.article_id, claim.created_by, claim.corrector_id, claim.status],
      queryFn: () => getMayEditClaim(claim),
    }),
};
