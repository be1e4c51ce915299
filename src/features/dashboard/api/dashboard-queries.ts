// The dashboard's query, on the claims entity's list key: every claim change refreshes it.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getClaimCounts } from './get-claim-counts';

export const dashboardQueries = {
  claimCounts: (newsroomId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'counts-by-article', newsroomId],
      queryFn: () => getClaimCounts(newsroomId),
      // The home page is where people look to see what changed: always ask again on arrival.
      staleTime: 0,
    }),
};
