// Loads who is signed in (id, name, role) for pages that need it, with loading and error
// states of their own.
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { Viewer } from '../api/get-viewer';
import { useViewer } from '../hooks/use-viewer';

export function SignedInViewer({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const viewer = useViewer();
  if (viewer.isPending) return <LoadingStatus>Loading your profile…</LoadingStatus>;
  if (viewer.isError || viewer.data === null) {
    return (
      <ErrorAlert title="Your profile could not be loaded.">
        <p>{viewer.error?.message ?? 'Sign out and sign in again.'}</p>
      </ErrorAlert>
    );
  }
  return children(viewer.data);
}
