// Guards the review pages: the current newsroom's editors and admins see them, anyone else
// a plain explanation.
// The workflow functions refuse non-editors anyway; this only keeps the page honest.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { isMember, NoNewsroom, type MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { useViewer } from '../../../entities/viewer/hooks/use-viewer';
import { mayReview } from '../../../entities/viewer/utils/roles';

export function ReviewersOnly({ children }: { children: (viewer: MemberViewer) => ReactNode }) {
  const viewer = useViewer();
  if (viewer.isPending) return <LoadingStatus>Checking your role…</LoadingStatus>;
  if (viewer.isError) {
    return (
      <ErrorAlert title="Your role could not be checked.">
        <p>{viewer.error.message}</p>
      </ErrorAlert>
    );
  }
  if (viewer.data !== null && !isMember(viewer.data)) return <NoNewsroom />;
  if (viewer.data === null || !isMember(viewer.data) || !mayReview(viewer.data)) {
    return (
      <p>
        Only editors and admins review claims. Your claims and their review status are on{' '}
        <Link to="/my-work">My work</Link>.
      </p>
    );
  }
  return children(viewer.data);
}
