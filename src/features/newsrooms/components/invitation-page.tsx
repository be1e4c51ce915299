// An invitation opened from its link by a signed-in person: which newsroom invites them in
// which role, and Accept; or, plainly, why it cannot be accepted (addressed to another
// address, accepted, revoked, expired). Accepting makes the newsroom the current one and
// opens its dashboard.
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { Viewer } from '../../../entities/viewer/api/get-viewer';
import { formatDateTime } from '../../../lib/format-date';
import type { OpenedInvitation } from '../api/get-invitation';
import { invitationQueries } from '../api/newsroom-queries';
import { useAcceptInvitation } from '../hooks/use-join-newsroom';
import { asRole } from '../utils/role-phrase';
import './newsrooms.css';

export function InvitationPage({ viewer, invitationId }: { viewer: Viewer; invitationId: string }) {
  const invitation = useQuery(invitationQueries.detail(invitationId));
  if (invitation.isPending) return <LoadingStatus>Opening the invitation…</LoadingStatus>;
  if (invitation.isError) {
    return <ErrorAlert title="The invitation could not be loaded.">{invitation.error.message}</ErrorAlert>;
  }
  if (invitation.data === null) {
    return (
      <p className="invitation-state">
        This invitation is not addressed to {viewer.email ?? 'your account'}, or it no longer exists. Sign out and sign in
        with the address it was sent to, or ask the newsroom&apos;s admin for a new link.
      </p>
    );
  }
  return <OpenInvitation viewer={viewer} invitation={invitation.data} />;
}

function OpenInvitation({ viewer, invitation }: { viewer: Viewer; invitation: OpenedInvitation }) {
  const [, navigate] = useLocation();
  const accept = useAcceptInvitation(viewer.id);
  const newsroomName = invitation.newsroom?.name ?? 'A newsroom';
  const isMember = viewer.newsrooms.some((newsroom) => newsroom.id === invitation.newsroom?.id);
  const addressedToViewer = invitation.email === viewer.email?.toLowerCase();

  if (isMember) {
    return (
      <p className="invitation-state">
        You are a member of {newsroomName}. <Link to="/">Open the dashboard</Link>
      </p>
    );
  }
  const blocker = whyNotAcceptable(invitation, addressedToViewer, viewer.email);
  if (blocker !== null) return <p className="invitation-state">{blocker}</p>;

  return (
    <div className="invitation-offer">
      <p className="lede">
        <strong>{newsroomName}</strong> invites you {asRole(invitation.role)}. Once you accept, you see and work on its
        articles and claims.
      </p>
      <p className="invitation-expiry">Valid until {formatDateTime(invitation.expires_at)}.</p>
      {accept.isError && <ErrorAlert title="The invitation could not be accepted.">{accept.error.message}</ErrorAlert>}
      <button
        type="button"
        className="button button-primary"
        disabled={accept.isPending}
        onClick={() => accept.mutate(invitation.id, { onSuccess: () => navigate('/') })}
      >
        {accept.isPending ? 'Accepting…' : `Join ${newsroomName}`}
      </button>
    </div>
  );
}

function whyNotAcceptable(invitation: OpenedInvitation, addressedToViewer: boolean, viewerEmail: string | null): string | null {
  if (!addressedToViewer) {
    return `This invitation is addressed to ${invitation.email}, not to ${viewerEmail ?? 'your account'}: send the link to them, or sign in as them to accept it.`;
  }
  if (invitation.accepted_at !== null) return 'This invitation was already accepted.';
  if (invitation.revoked_at !== null) return 'This invitation was revoked. Ask the newsroom’s admin for a new one.';
  if (new Date(invitation.expires_at).getTime() <= Date.now()) {
    return `This invitation expired on ${formatDateTime(invitation.expires_at)}. Ask the newsroom’s admin for a new one.`;
  }
  return null;
}
