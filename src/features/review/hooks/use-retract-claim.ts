// Retracting a published fact-check: the lists and counts that show it, and its history, follow.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { retractClaim } from '../api/retract-claim';

export function useRetractClaim() {
  return useMutation({ mutationFn: retractClaim, meta: { invalidates: [queryKeys.claims.all, queryKeys.claimEvents.all] } });
}
