// Saves a claim with its sources. The article's claim list shows the change at once
// (marked optimistic) and goes back to what it was if the server refuses; every view of
// claims and their histories is fetched again when the request settles either way.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../../entities/query-keys';
import { viewerQueries } from '../../../../entities/viewer/api/viewer-queries';
import { claimQueries } from '../../api/claim-queries';
import type { ClaimListItem } from '../../api/claim-types';
import { saveClaim, type ClaimPayload, type SourcePayload } from '../../api/save-claim';
import { optimisticClaim, upsertClaim } from '../../utils/claim-form/optimistic-claims';

export type SaveClaimVariables = { claim: ClaimPayload; sources: SourcePayload[] };

export function useSaveClaim(articleId: string) {
  const queryClient = useQueryClient();
  const listKey = claimQueries.list(articleId).queryKey;

  return useMutation({
    mutationFn: ({ claim, sources }: SaveClaimVariables) => saveClaim(claim, sources),
    // Offline, a paused save would leave the panel waiting with no word of why; failing at
    // once rolls back, says so, and the draft on this device keeps the text for a retry.
    networkMode: 'always',
    meta: { invalidates: [queryKeys.claims.all, queryKeys.claimEvents.all] },
    onMutate: async ({ claim, sources }) => {
      await queryClient.cancelQueries({ queryKey: listKey });
      const previousList = queryClient.getQueryData<ClaimListItem[]>(listKey);
      const viewer = await queryClient.ensureQueryData(viewerQueries.current()).catch(() => null);
      const row = optimisticClaim({
        claim,
        sources,
        previous: previousList?.find((existing) => existing.id === claim.id),
        userId: viewer?.id ?? null,
      });
      queryClient.setQueryData<ClaimListItem[]>(listKey, (list) => upsertClaim(list ?? [], row));
      return { previousList };
    },
    onError: (_error, _variables, context) => {
      if (context === undefined) return;
      if (context.previousList === undefined) queryClient.removeQueries({ queryKey: listKey, exact: true });
      else queryClient.setQueryData(listKey, context.previousList);
    },
  });
}
