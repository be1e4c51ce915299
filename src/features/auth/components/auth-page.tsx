// The frame of the sign-in and sign-up pages: a signed-in visitor is sent on to the page
// that asked for sign-in (or the article list); otherwise the form, and a link to the other
// page that keeps where to go afterwards, so an invitation link survives a detour through
// "Create account".
import type { ReactNode } from 'react';
import { Link, Redirect } from 'wouter';
import { LoadingStatus } from '../../../components/loading-status';
import { useSession } from '../hooks/use-session';
import { fromLocationState, pathAfterSignIn, type SignInRedirectState } from '../utils/redirect-path';

interface AuthPageProps {
  title: string;
  lede: string;
  alternative: { question: string; linkText: string; to: '/sign-in' | '/sign-up' };
  /** Where to go when no page asked for sign-in. */
  next?: string;
  children: ReactNode;
}

export function AuthPage({ title, lede, alternative, next, children }: AuthPageProps) {
  const { isLoading, session } = useSession();
  const from = fromLocationState(window.history.state);

  if (isLoading) return <LoadingStatus>Checking your session…</LoadingStatus>;
  if (session !== null) return <Redirect to={pathAfterSignIn(from, next)} replace />;

  const state: SignInRedirectState | undefined = typeof from === 'string' ? { from } : undefined;
  return (
    <section className="sign-in" aria-labelledby="auth-page-title">
      <title>{`${title} · Factmark`}</title>
      <h1 id="auth-page-title">{title}</h1>
      <p className="lede">{lede}</p>
      {children}
      <p className="auth-alternative">
        {alternative.question}{' '}
        <Link to={alternative.to} state={state}>
          {alternative.linkText}
        </Link>
      </p>
    </section>
  );
}
