// Sends a saved claim for review; the database says what is missing when it refuses.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../../entities/query-keys';
import { submitClaim } from '../../api/submit-claim';

export function useSubmitClaim() {
  return useMutation({
    mutationFn: ({ claimId, expectedVersion }: { claimId: string; expectedVersion: number }) =>
      submitClaim(claimId, expectedVersion),
    networkMode: 'always',
    meta: { invalidates: [queryKeys.claims.all, queryKeys.claimEvents.all] },
  });
}
