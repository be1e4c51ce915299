// The queries of a newsroom's settings, on the newsrooms', members' and invitations' entity
// keys, so joining, inviting or a role change anywhere refreshes them.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getMembershipHistory } from './get-membership-history';
import { getNewsroomProfile } from './get-newsroom-profile';
import { getPendingInvitations } from './get-pending-invitations';
import { listMembers } from './list-members';

export const settingsQueries = {
  profile: (newsroomId: string) =>
    queryOptions({ queryKey: queryKeys.newsrooms.detail(newsroomId), queryFn: () => getNewsroomProfile(newsroomId) }),
  members: (newsroomId: string) =>
    queryOptions({ queryKey: queryKeys.members.ofNewsroom(newsroomId), queryFn: () => listMembers(newsroomId) }),
  history: (newsroomId: string) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.members.ofNewsroom(newsroomId), 'history'],
      queryFn: ({ pageParam }) => getMembershipHistory(newsroomId, pageParam),
      initialPageParam: null as number | null,
      getNextPageParam: (page) => page.nextBefore,
    }),
  pendingInvitations: (newsroomId: string) =>
    queryOptions({
      queryKey: queryKeys.invitations.ofNewsroom(newsroomId),
      queryFn: () => getPendingInvitations(newsroomId),
    }),
};
