// Inviting and revoking: the pending list and the membership history follow.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { inviteMember } from '../api/invite-member';
import { revokeInvitation } from '../api/revoke-invitation';

const invalidates = [queryKeys.invitations.all, queryKeys.members.all];

export function useInvitation() {
  return useMutation({ mutationFn: inviteMember, meta: { invalidates } });
}

export function useInvitationRevocation() {
  return useMutation({ mutationFn: revokeInvitation, meta: { invalidates } });
}
