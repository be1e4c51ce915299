// The one place that defines the claims feature's query keys and query options.
// Invalidate with the key-only levels, e.g. claimQueries.lists() after saving a claim.
import { queryOptions } from '@tanstack/react-query';
import type { Claim, ClaimListItem } from './claim-types';
import { getClaim } from './get-claim';
import { getClaims } from './get-claims';
import { getMayEditClaim } from './get-may-edit-claim';
import { getVerdicts } from './get-verdicts';

export const claimQueries = {
  all: () => ['claims'] as const,
  lists: () => [...claimQueries.all(), 'list'] as const,
  list: (articleId: string) =>
    queryOptions<ClaimListItem[]>({
      queryKey: [...claimQueries.lists(), articleId],
      queryFn: () => getClaims(articleId),
    }),
  details: () => [...claimQueries.all(), 'detail'] as const,
  detail: (claimId: string) =>
    queryOptions({
      queryKey: [...claimQueries.details(), claimId],
      queryFn: () => getClaim(claimId),
    }),
  // Whether the signed-in user may edit this claim as it is now (author and status).
  mayEdit: (claim: Pick<Claim, 'id' | 'created_by' | 'status'>) =>
    queryOptions({
      queryKey: [...claimQueries.details(), claim.id, 'may-edit', claim.created_by, claim.status],
      queryFn: () => getMayEditClaim(claim),
    }),
  verdicts: () =>
    queryOptions({
      queryKey: [...claimQueries.all(), 'verdicts'],
      queryFn: getVerdicts,
      // The scale changes with a migration, not while someone is annotating.
      staleTime: Infinity,
    }),
};
