// The verdict scale's query, keyed by newsroom, shared by every page that names a verdict.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../query-keys';
import { getVerdicts } from './get-verdicts';

export const verdictQueries = {
  scale: (newsroomId: string) =>
    queryOptions({
      queryKey: queryKeys.verdicts.ofNewsroom(newsroomId),
      queryFn: () => getVerdicts(newsroomId),
      // A scale changes in the newsroom's settings, rarely and not while someone is working.
      staleTime: Infinity,
    }),
};
