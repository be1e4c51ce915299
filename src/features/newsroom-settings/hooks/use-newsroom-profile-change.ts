// Saving a newsroom's profile: its name shows in the header and on public pages.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { updateNewsroomProfile } from '../api/update-newsroom-profile';

export function useNewsroomProfileChange() {
  return useMutation({
    mutationFn: updateNewsroomProfile,
    meta: { invalidates: [queryKeys.newsrooms.all, queryKeys.viewer.all, queryKeys.articles.all] },
  });
}
