// The queries of joining a newsroom: the invitations waiting for the signed-in user, and
// one invitation opened from its link.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getInvitation } from './get-invitation';
import { getMyInvitations } from './get-my-invitations';

export const invitationQueries = {
  mine: (email: string) =>
    queryOptions({
      queryKey: [...queryKeys.invitations.mine(), email],
      queryFn: () => getMyInvitations(email),
    }),
  detail: (invitationId: string) =>
    queryOptions({
      queryKey: queryKeys.invitations.detail(invitationId),
      queryFn: () => getInvitation(invitationId),
    }),
};
