// The review feature's queries, on the claims entity's keys: a decision changes claims, so
// it refreshes these wherever they are shown. What other people change (submissions,
// decisions) is fetched again whenever a page opens.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import type { KeysetValue } from '../../../lib/keyset';
import { getApprovalBlocker } from './get-approval-blocker';
import { getMyWork } from './get-my-work';
import { getReadyToPublish } from './get-ready-to-publish';
import { getReviewClaim } from './get-review-claim';
import { getReviewQueue, noQueueFilters, type QueueFilters } from './get-review-queue';
import { reviewCountQuery } from './review-count-queries';

export const reviewQueries = {
  // Paged by keyset: each list loads more as it is read, never stopping at the server's row cap.
  queue: (newsroomId: string, filters: QueueFilters = noQueueFilters) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.claims.lists(), 'review-queue', newsroomId, filters],
      queryFn: ({ pageParam }) => getReviewQueue(newsroomId, filters, pageParam),
      initialPageParam: null as KeysetValue[] | null,
      getNextPageParam: (page) => page.next,
      staleTime: 0,
    }),
  count: reviewCountQuery,
  ready: (newsroomId: string) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.claims.lists(), 'ready-to-publish', newsroomId],
      queryFn: ({ pageParam }) => getReadyToPublish(newsroomId, pageParam),
      initialPageParam: null as KeysetValue[] | null,
      getNextPageParam: (page) => page.next,
      staleTime: 0,
    }),
  myWork: (userId: string, newsroomId: string, claimStatus: string) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.claims.lists(), 'my-work', userId, newsroomId, claimStatus],
      queryFn: ({ pageParam }) => getMyWork(userId, newsroomId, claimStatus, pageParam),
      initialPageParam: null as KeysetValue[] | null,
      getNextPageParam: (page) => page.next,
      staleTime: 0,
    }),
  // Under the claim's detail key: any change to the claim (an edit, a decision) asks again.
  approvalBlocker: (claimId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.detail(claimId), 'approval-blocker'],
      queryFn: () => getApprovalBlocker(claimId),
      staleTime: 0,
    }),
  detail: (claimId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.detail(claimId), 'review'],
      queryFn: () => getReviewClaim(claimId),
      staleTime: 0,
    }),
};
