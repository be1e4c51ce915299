// What a claim's public record says now, under the claim's detail key: publishing a
// correction (a change of the claim) asks again.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getLatestPublication } from './get-latest-publication';

export const publicationQueries = {
  latest: (claimId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.detail(claimId), 'latest-publication'],
      queryFn: () => getLatestPublication(claimId),
    }),
};
