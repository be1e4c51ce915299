// The one place that defines the conversation feature's query keys and query options.
// Invalidate with the key-only levels, e.g. conversationQueries.lists() after a claim's
// workflow step, so its history shows the new event.
import { queryOptions } from '@tanstack/react-query';
import { getClaimHistory } from './get-claim-history';
import { type Comment, getComments } from './get-comments';
import { getVerdictLabels } from './get-verdict-labels';

export const conversationQueries = {
  all: () => ['conversation'] as const,
  lists: () => [...conversationQueries.all(), 'list'] as const,
  comments: (claimId: string) =>
    queryOptions<Comment[]>({
      queryKey: [...conversationQueries.lists(), 'comments', claimId],
      queryFn: () => getComments(claimId),
    }),
  history: (claimId: string) =>
    queryOptions({
      queryKey: [...conversationQueries.lists(), 'history', claimId],
      queryFn: () => getClaimHistory(claimId),
    }),
  verdictLabels: () =>
    queryOptions({
      queryKey: [...conversationQueries.all(), 'verdict-labels'],
      queryFn: getVerdictLabels,
      // The scale changes with a migration, not while someone reads a history.
      staleTime: Infinity,
    }),
};
