// The conversation feature's queries, on the comments' and claim events' own keys, so a
// claim's workflow step (which records an event) refreshes its history wherever it is shown.
// Both are paged by keyset: a long thread or trail loads more as it is read.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import type { KeysetValue } from '../../../lib/keyset';
import { getClaimHistory } from './get-claim-history';
import { getComments } from './get-comments';
import { getThreadCounts } from './get-thread-counts';

export const conversationQueries = {
  comments: (claimId: string) =>
    infiniteQueryOptions({
      queryKey: queryKeys.comments.ofClaim(claimId),
      queryFn: ({ pageParam }) => getComments(claimId, pageParam),
      initialPageParam: null as KeysetValue[] | null,
      getNextPageParam: (page) => page.next,
    }),
  history: (claimId: string) =>
    infiniteQueryOptions({
      queryKey: queryKeys.claimEvents.ofClaim(claimId),
      queryFn: ({ pageParam }) => getClaimHistory(claimId, pageParam),
      initialPageParam: null as KeysetValue[] | null,
      getNextPageParam: (page) => page.next,
    }),
  // Each count under its list's key, so whatever refreshes the list recounts it.
  commentCount: (claimId: string) =>
    queryOptions({
      queryKey: [...queryKeys.comments.ofClaim(claimId), 'count'],
      queryFn: async () => (await getThreadCounts(claimId))?.comments ?? 0,
    }),
  eventCount: (claimId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claimEvents.ofClaim(claimId), 'count'],
      queryFn: async () => (await getThreadCounts(claimId))?.events ?? 0,
    }),
};
