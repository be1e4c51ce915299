// The review feature's queries, on the claims entity's keys: a decision changes claims, so
// it refreshes these wherever they are shown. What other people change (submissions,
// decisions) is fetched again whenever a page opens.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getApprovalBlocker } from './get-approval-blocker';
import { getMyWork } from './get-my-work';
import { getReadyToPublish } from './get-ready-to-publish';
import { getReviewClaim } from './get-review-claim';
import { getReviewQueue } from './get-review-queue';
import { reviewCountQuery } from './review-count-queries';

export const reviewQueries = {
  queue: (newsroomId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'review-queue', newsroomId],
      queryFn: () => getReviewQueue(newsroomId),
      staleTime: 0,
    }),
  count: reviewCountQuery,
  ready: (newsroomId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'ready-to-publish', newsroomId],
      queryFn: () => getReadyToPublish(newsroomId),
      staleTime: 0,
    }),
  myWork: (userId: string, newsroomId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'my-work', userId, newsroomId],
      queryFn: () => getMyWork(userId, newsroomId),
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
