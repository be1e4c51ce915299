// My work: the signed-in user's claims by status, those sent back for changes first. The
// statuses shown here are fresh, so the claims feature's cached copies (which an article
// page opened from here would show) are marked stale to agree with them.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { claimQueries } from '../../features/claims/api/claim-queries';
import { MyWork } from '../../features/review/components/my-work';
import { SignedInViewer } from '../../features/review/components/signed-in-viewer';

export function MyWorkRoute() {
  const queryClient = useQueryClient();
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: claimQueries.all() });
  }, [queryClient]);
  return (
    <>
      <title>My work · Factmark</title>
      <h1>My work</h1>
      <SignedInViewer>{(viewer) => <MyWork viewer={viewer} />}</SignedInViewer>
    </>
  );
}
