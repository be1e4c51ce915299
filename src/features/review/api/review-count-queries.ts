// The review queue's count, on its own: the navigation's badge shows it on every page, so it
// must not bring the rest of the review feature's fetchers into the first page's bundle.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getReviewCount } from './get-review-count';

export const reviewCountQuery = (newsroomId: string) =>
  queryOptions({
    queryKey: [...queryKeys.claims.lists(), 'review-count', newsroomId],
    queryFn: () => getReviewCount(newsroomId),
    staleTime: 0,
  });
