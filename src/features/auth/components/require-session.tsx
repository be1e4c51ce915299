// Guards the pages that need a signed-in user: visitors are sent to the sign-in page,
// which brings them back here afterwards.
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoadingStatus } from '../../../components/loading-status';
import { useSession } from '../hooks/use-session';
import type { SignInRedirectState } from '../utils/redirect-path';

export function RequireSession() {
  const { isLoading, session } = useSession();
  const location = useLocation();

  if (isLoading) return <LoadingStatus>Checking your session…</LoadingStatus>;
  if (session === null) {
    const state: SignInRedirectState = {
      from: `${location.pathname}${location.search}${location.hash}`,
    };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}
