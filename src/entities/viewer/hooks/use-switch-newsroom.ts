// Makes another of the viewer's newsrooms the current one: remembered for this user in this
// browser (so a reload keeps it) and put straight into the cached viewer, so every page that
// shows a newsroom's work follows at once; their queries are keyed by newsroom.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Viewer } from '../api/get-viewer';
import { viewerQueries } from '../api/viewer-queries';
import { rememberNewsroom } from '../utils/current-newsroom';

export function useSwitchNewsroom() {
  const queryClient = useQueryClient();
  return useCallback(
    (viewer: Viewer, newsroomId: string) => {
      const chosen = viewer.newsrooms.find((newsroom) => newsroom.id === newsroomId);
      if (chosen === undefined) return;
      rememberNewsroom(viewer.id, chosen.id);
      const switched: Viewer = { ...viewer, newsroom: chosen, role: chosen.role };
      queryClient.setQueryData(viewerQueries.current().queryKey, switched);
    },
    [queryClient],
  );
}
