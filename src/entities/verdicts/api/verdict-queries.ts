// The verdict scale's query, shared by every page that names a verdict.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../query-keys';
import { getVerdicts } from './get-verdicts';

export const verdictQueries = {
  scale: () =>
    queryOptions({
      queryKey: queryKeys.verdicts.all,
      queryFn: getVerdicts,
      // The scale changes with a migration, not while someone is working.
      staleTime: Infinity,
    }),
};
