// The sign-in page. A signed-in user is sent on to the page that asked for sign-in, or
// to the article list.
import { Redirect } from 'wouter';
import { LoadingStatus } from '../../components/loading-status';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { useSession } from '../../features/auth/hooks/use-session';
import { fromLocationState, pathAfterSignIn } from '../../features/auth/utils/redirect-path';

export function SignInRoute() {
  const { isLoading, session } = useSession();

  if (isLoading) return <LoadingStatus>Checking your session…</LoadingStatus>;
  if (session !== null) {
    return <Redirect to={pathAfterSignIn(fromLocationState(window.history.state))} replace />;
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <title>Sign in · Factmark</title>
      <h1 id="sign-in-title">Sign in</h1>
      <p className="lede">Fact-check news articles, claim by claim.</p>
      <SignInForm />
    </section>
  );
}
