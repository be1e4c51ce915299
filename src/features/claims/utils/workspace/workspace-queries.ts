// The workspace's own query keys and options: who is signed in and the newsroom's people
// (names for the cards, roles for edit mode). Under the claims feature's key so a sign-out,
// which clears the cache, forgets them with everything else.
import { queryOptions } from '@tanstack/react-query';
import { getWorkspacePeople } from './get-workspace-people';

export const workspaceQueries = {
  all: () => ['claims', 'workspace'] as const,
  people: () =>
    queryOptions({
      queryKey: [...workspaceQueries.all(), 'people'],
      queryFn: getWorkspacePeople,
    }),
};
