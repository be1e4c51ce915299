// An invitation's link, as an admin sends it by hand. A visitor is asked to sign in, or to
// create an account, with the address it was sent to, and comes back here afterwards; a
// signed-in person sees the invitation and accepts it.
import { Link } from 'wouter';
import { LoadingStatus } from '../../components/loading-status';
import { SignedInViewer } from '../../entities/viewer/components/signed-in-viewer';
import { useSession } from '../../features/auth/hooks/use-session';
import type { SignInRedirectState } from '../../features/auth/utils/redirect-path';
import { InvitationPage } from '../../features/newsrooms/components/invitation-page';

export function InvitationRoute({ invitationId }: { invitationId: string }) {
  const { isLoading, session } = useSession();
  const back: SignInRedirectState = { from: `/invitations/${invitationId}` };
  return (
    <>
      <title>Invitation · Factmark</title>
      <h1>Invitation to a newsroom</h1>
      {isLoading ? (
        <LoadingStatus>Checking your session…</LoadingStatus>
      ) : session === null ? (
        <p className="lede">
          You have been invited to fact-check with a newsroom. To accept,{' '}
          <Link to="/sign-up" state={back}>
            create an account
          </Link>{' '}
          or{' '}
          <Link to="/sign-in" state={back}>
            sign in
          </Link>{' '}
          with the email address the invitation was sent to.
        </p>
      ) : (
        <SignedInViewer>{(viewer) => <InvitationPage viewer={viewer} invitationId={invitationId} />}</SignedInViewer>
      )}
    </>
  );
}
