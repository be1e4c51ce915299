// The claim counts' query, under the claims' list key: every change to a claim refreshes the
// counts with the lists they total.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../query-keys';
import { getNewsroomClaimCounts } from './get-newsroom-claim-counts';

export const claimCountsQueries = {
  ofNewsroom: (newsroomId: string, authorId: string | null = null) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'counts', newsroomId, authorId],
      queryFn: () => getNewsroomClaimCounts(newsroomId, authorId),
      staleTime: 0,
    }),
};
