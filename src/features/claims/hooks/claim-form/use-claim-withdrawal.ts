// Withdrawing a submission and deleting a draft: the article's claims, the lists that count
// them and the claim's history follow.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../../entities/query-keys';
import { deleteClaim } from '../../api/delete-claim';
import { withdrawClaim } from '../../api/withdraw-claim';

const invalidates = [queryKeys.claims.all, queryKeys.claimEvents.all];

export function useClaimWithdrawal() {
  return useMutation({ mutationFn: withdrawClaim, meta: { invalidates } });
}

export function useClaimDeletion() {
  return useMutation({ mutationFn: deleteClaim, meta: { invalidates } });
}
