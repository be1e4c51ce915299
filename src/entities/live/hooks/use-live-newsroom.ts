// The current newsroom's claim status changes (newsroom:<id>, event claim_status): every list
// and count of claims (the queue, Ready to publish, the navigation counts, the dashboard, My
// work) is fetched again, wherever it is shown, as soon as a colleague submits or decides.
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../query-keys';
import { useViewer } from '../../viewer/hooks/use-viewer';
import { useLiveTopic } from './use-live-topic';

export function useLiveNewsroom() {
  const queryClient = useQueryClient();
  const viewer = useViewer();
  const newsroomId = viewer.data?.newsroom?.id ?? null;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.claims.lists() });
  return useLiveTopic(newsroomId === null ? null : `newsroom:${newsroomId}`, {
    onMessage: ({ event, payload }) => {
      if (event !== 'claim_status') return;
      refresh();
      if (typeof payload.id === 'string') void queryClient.invalidateQueries({ queryKey: queryKeys.claims.detail(payload.id) });
    },
    onRejoined: refresh,
  });
}
