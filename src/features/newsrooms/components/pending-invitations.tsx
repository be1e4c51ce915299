// The invitations waiting for the signed-in user, each with its newsroom, role and expiry,
// and a button to accept it. A refusal (revoked or expired meanwhile) is said next to the
// invitation it concerns.
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { formatDateTime } from '../../../lib/format-date';
import { invitationQueries } from '../api/newsroom-queries';
import type { MyInvitation } from '../api/get-my-invitations';
import { useAcceptInvitation } from '../hooks/use-join-newsroom';
import { asRole } from '../utils/role-phrase';

interface PendingInvitationsProps {
  viewerId: string;
  email: string;
  onJoining?: () => void;
}

export function PendingInvitations({ viewerId, email, onJoining }: PendingInvitationsProps) {
  const invitations = useQuery(invitationQueries.mine(email));
  if (invitations.isPending) return <LoadingStatus>Looking for your invitations…</LoadingStatus>;
  if (invitations.isError) {
    return <ErrorAlert title="Your invitations could not be loaded.">{invitations.error.message}</ErrorAlert>;
  }
  if (invitations.data.length === 0) {
    return <p>No invitation is waiting for {email}. A newsroom&apos;s admin can invite you with this address.</p>;
  }
  return (
    <ul className="invitation-list">
      {invitations.data.map((invitation) => (
        <PendingInvitation key={invitation.id} invitation={invitation} viewerId={viewerId} onJoining={onJoining} />
      ))}
    </ul>
  );
}

function PendingInvitation({ invitation, viewerId, onJoining }: { invitation: MyInvitation } & Omit<PendingInvitationsProps, 'email'>) {
  const accept = useAcceptInvitation(viewerId);
  const newsroomName = invitation.newsroom?.name ?? 'A newsroom';
  return (
    <li className="invitation">
      <p>
        <strong>{newsroomName}</strong> invites you {asRole(invitation.role)}.{' '}
        <span className="invitation-expiry">Valid until {formatDateTime(invitation.expires_at)}.</span>
      </p>
      <button
        type="button"
        className="button button-primary"
        aria-label={`Accept the invitation to ${newsroomName}`}
        disabled={accept.isPending}
        onClick={() => {
          onJoining?.();
          accept.mutate(invitation.id);
        }}
      >
        {accept.isPending ? 'Accepting…' : 'Accept'}
      </button>
      {accept.isError && <ErrorAlert title="The invitation could not be accepted.">{accept.error.message}</ErrorAlert>}
    </li>
  );
}

