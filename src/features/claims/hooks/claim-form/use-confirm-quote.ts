// Confirming a re-quoted claim: the claim, the lists that flag it and its history follow.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../../entities/query-keys';
import { confirmQuote } from '../../api/confirm-quote';

export function useConfirmQuote() {
  return useMutation({ mutationFn: confirmQuote, meta: { invalidates: [queryKeys.claims.all, queryKeys.claimEvents.all] } });
}
