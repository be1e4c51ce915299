// The viewer's query: one per session, forgotten with the rest of the cache at sign-out.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../query-keys';
import { getViewer } from './get-viewer';

export const viewerQueries = {
  current: () =>
    queryOptions({
      queryKey: queryKeys.viewer.all,
      queryFn: getViewer,
    }),
};
