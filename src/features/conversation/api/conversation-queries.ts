// The conversation feature's queries, on the comments' and claim events' own keys, so a
// claim's workflow step (which records an event) refreshes its history wherever it is shown.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getClaimHistory } from './get-claim-history';
import { type Comment, getComments } from './get-comments';

export const conversationQueries = {
  comments: (claimId: string) =>
    queryOptions<Comment[]>({
      queryKey: queryKeys.comments.ofClaim(claimId),
      queryFn: () => getComments(claimId),
    }),
  history: (claimId: string) =>
    queryOptions({
      queryKey: queryKeys.claimEvents.ofClaim(claimId),
      queryFn: () => getClaimHistory(claimId),
    }),
};
