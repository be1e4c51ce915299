// Sends a saved claim for review; the database says what is missing when it refuses.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { claimQueries } from '../../api/claim-queries';
import { submitClaim } from '../../api/submit-claim';

export function useSubmitClaim(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ claimId, expectedVersion }: { claimId: string; expectedVersion: number }) =>
      submitClaim(claimId, expectedVersion),
    networkMode: 'always',
    onSettled: (_data, _error, { claimId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: claimQueries.list(articleId).queryKey }),
        queryClient.invalidateQueries({ queryKey: claimQueries.detail(claimId).queryKey }),
      ]),
  });
}
