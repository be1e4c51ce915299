// Correcting, discarding a correction and retracting: the article's claims, the lists that
// count them and the claim's history follow.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../../entities/query-keys';
import { discardCorrection } from '../../api/discard-correction';
import { retractClaim } from '../../api/retract-claim';
import { startCorrection } from '../../api/start-correction';

const invalidates = [queryKeys.claims.all, queryKeys.claimEvents.all];

export function useStartCorrection() {
  return useMutation({ mutationFn: startCorrection, meta: { invalidates } });
}

export function useDiscardCorrection() {
  return useMutation({ mutationFn: discardCorrection, meta: { invalidates } });
}

export function useRetractClaim() {
  return useMutation({ mutationFn: retractClaim, meta: { invalidates } });
}
