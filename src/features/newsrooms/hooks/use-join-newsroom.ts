// Joining a newsroom, by accepting an invitation or by creating one: the newsroom joined
// becomes the current one, and the viewer (their newsrooms and role) and their pending
// invitations are fetched again, so every page moves on to the newsroom's work.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { rememberNewsroom } from '../../../entities/viewer/utils/current-newsroom';
import { acceptInvitation } from '../api/accept-invitation';
import { createNewsroom } from '../api/create-newsroom';

const invalidates = [queryKeys.viewer.all, queryKeys.invitations.all, queryKeys.people.all];

export function useAcceptInvitation(viewerId: string) {
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (membership) => rememberNewsroom(viewerId, membership.newsroom_id),
    meta: { invalidates },
  });
}

export function useCreateNewsroom(viewerId: string) {
  return useMutation({
    mutationFn: createNewsroom,
    onSuccess: (newsroom) => rememberNewsroom(viewerId, newsroom.id),
    meta: { invalidates },
  });
}
