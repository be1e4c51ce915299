// Changing a member's role and removing a member: the member list and its history, the
// viewer (whose own role may be the one changed) and the names shown across the app follow.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { removeMember } from '../api/remove-member';
import { setMemberRole } from '../api/set-member-role';

const invalidates = [queryKeys.members.all, queryKeys.viewer.all, queryKeys.people.all];

export function useMemberRoleChange() {
  return useMutation({ mutationFn: setMemberRole, meta: { invalidates } });
}

export function useMemberRemoval() {
  return useMutation({ mutationFn: removeMember, meta: { invalidates } });
}
