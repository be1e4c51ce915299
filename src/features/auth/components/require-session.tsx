// Guards the pages that need a signed-in user: visitors are sent to the sign-in page,
// which brings them back here afterwards.
import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import { LoadingStatus } from '../../../components/loading-status';
import { useSession } from '../hooks/use-session';
import type { SignInRedirectState } from '../utils/redirect-path';

export function RequireSession({ children }: { children: ReactNode }) {
  const { isLoading, session } = useSession();
  const [pathname] = useLocation();
  const search = useSearch();

  if (isLoading) return <LoadingStatus>Checking your session…</LoadingStatus>;
  if (session === null) {
    const state: SignInRedirectState = {
      from: `${pathname}${search ? `?${search}` : ''}${window.location.hash}`,
    };
    return <Redirect to="/sign-in" replace state={state} />;
  }
  return children;
}
