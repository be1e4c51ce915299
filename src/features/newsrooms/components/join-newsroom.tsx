// Where a signed-in person who belongs to no newsroom lands: it says plainly that they see
// no unpublished work until they join one, and offers both ways in, the invitations
// addressed to them and starting a newsroom of their own.
import type { Viewer } from '../../../entities/viewer/api/get-viewer';
import { CreateNewsroomForm } from './create-newsroom-form';
import { PendingInvitations } from './pending-invitations';
import './newsrooms.css';

interface JoinNewsroomProps {
  viewer: Viewer;
  /** Told when the person accepts or creates, so the page can take the focus to what replaces this. */
  onJoining?: () => void;
}

export function JoinNewsroom({ viewer, onJoining }: JoinNewsroomProps) {
  return (
    <div className="join-newsroom">
      <p className="lede">
        You are not a member of any newsroom yet, so you see no unpublished work: a newsroom&apos;s articles, claims and
        comments are seen only by its members until they are published. Join a newsroom to start fact-checking.
      </p>
      <section aria-labelledby="join-invitations">
        <h2 id="join-invitations">Your invitations</h2>
        {viewer.email === null ? (
          <p>Your account has no email address, so no invitation can reach it.</p>
        ) : (
          <PendingInvitations viewerId={viewer.id} email={viewer.email} onJoining={onJoining} />
        )}
      </section>
      <CreateNewsroomForm viewerId={viewer.id} onJoining={onJoining} />
    </div>
  );
}
