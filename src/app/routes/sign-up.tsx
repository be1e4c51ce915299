// The "Create account" page. A new account belongs to no newsroom and sees no unpublished
// work until a newsroom's admin invites it or it creates a newsroom of its own, which the
// dashboard then offers.
import { AuthPage } from '../../features/auth/components/auth-page';
import { SignUpForm } from '../../features/auth/components/sign-up-form';

export function SignUpRoute() {
  return (
    <AuthPage
      title="Create account"
      lede="Join your newsroom's fact-checkers: accept the invitation you were sent, or start a newsroom of your own."
      alternative={{ question: 'Have an account already?', linkText: 'Sign in', to: '/sign-in' }}
      next="/"
    >
      <SignUpForm />
    </AuthPage>
  );
}
