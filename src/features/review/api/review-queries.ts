// The one place that defines the review feature's query keys and options. After a decision
// invalidate reviewQueries.all(): the queue, its count, My work and the claim all change.
// What other people change (submissions, decisions) is fetched again whenever a page opens.
import { queryOptions } from '@tanstack/react-query';
import { getMyWork } from './get-my-work';
import { getReviewClaim } from './get-review-claim';
import { getReviewCount } from './get-review-count';
import { getReviewQueue } from './get-review-queue';
import { getViewer } from './get-viewer';

export const reviewQueries = {
  all: () => ['review'] as const,
  lists: () => [...reviewQueries.all(), 'list'] as const,
  queue: () =>
    queryOptions({
      queryKey: [...reviewQueries.lists(), 'queue'],
      queryFn: getReviewQueue,
      staleTime: 0,
    }),
  count: () =>
    queryOptions({
      queryKey: [...reviewQueries.lists(), 'count'],
      queryFn: getReviewCount,
      staleTime: 0,
    }),
  myWork: (userId: string) =>
    queryOptions({
      queryKey: [...reviewQueries.lists(), 'my-work', userId],
      queryFn: () => getMyWork(userId),
      staleTime: 0,
    }),
  details: () => [...reviewQueries.all(), 'detail'] as const,
  detail: (claimId: string) =>
    queryOptions({
      queryKey: [...reviewQueries.details(), claimId],
      queryFn: () => getReviewClaim(claimId),
      staleTime: 0,
    }),
  viewer: () =>
    queryOptions({
      queryKey: [...reviewQueries.all(), 'viewer'],
      queryFn: getViewer,
    }),
};
