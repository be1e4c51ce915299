// The one place that defines the dashboard feature's query keys and query options.
// Invalidate with the key-only levels, e.g. dashboardQueries.all() after a workflow step.
import { queryOptions } from '@tanstack/react-query';
import { getClaimCounts } from './get-claim-counts';

export const dashboardQueries = {
  all: () => ['dashboard'] as const,
  details: () => [...dashboardQueries.all(), 'detail'] as const,
  claimCounts: () =>
    queryOptions({
      queryKey: [...dashboardQueries.details(), 'claim-counts'],
      queryFn: getClaimCounts,
      // The home page is where people look to see what changed: always ask again on arrival.
      staleTime: 0,
    }),
};
