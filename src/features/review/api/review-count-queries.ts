// The counts of the review queue and of the claims ready to publish, on their own: the
// navigation's badges show them on every page, so they must not bring the rest of the review
// feature's fetchers into the first page's bundle.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getReviewCount } from './get-review-count';

export const reviewCountQuery = (newsroomId: string) =>
  queryOptions({
    queryKey: [...queryKeys.claims.lists(), 'review-count', newsroomId],
    queryFn: () => getReviewCount(newsroomId),
    staleTime: 0,
  });

export const readyCountQuery = (newsroomId: string) =>
  queryOptions({
    queryKey: [...queryKeys.claims.lists(), 'ready-count', newsroomId],
    queryFn: () => getReviewCount(newsroomId, 'approved'),
    staleTime: 0,
  });
