// The sign-in page, with the way to create an account instead.
import { AuthPage } from '../../features/auth/components/auth-page';
import { SignInForm } from '../../features/auth/components/sign-in-form';

export function SignInRoute() {
  return (
    <AuthPage
      title="Sign in"
      lede="Fact-check news articles, claim by claim."
      alternative={{ question: 'New here?', linkText: 'Create an account', to: '/sign-up' }}
    >
      <SignInForm />
    </AuthPage>
  );
}
