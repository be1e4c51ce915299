// Correcting and discarding a correction: the article's claims, the lists that count them and
// the claim's history follow.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../../entities/query-keys';
import { discardCorrection } from '../../api/discard-correction';
import { startCorrection } from '../../api/start-correction';

const invalidates = [queryKeys.claims.all, queryKeys.claimEvents.all];

export function useStartCorrection() {
  return useMutation({ mutationFn: startCorrection, meta: { invalidates } });
}

export function useDiscardCorrection() {
  return useMutation({ mutationFn: discardCorrection, meta: { invalidates } });
}
