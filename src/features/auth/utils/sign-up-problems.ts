// What is wrong with a sign-up before it is sent: the same bounds the auth server and
// public.profiles enforce (a password of at least 6 characters, as supabase/config.toml
// sets minimum_password_length; a display name of 1 to 100 characters that is not blank),
// so the person hears about them at the field instead of as a refusal.

export interface SignUpFields {
  email: string;
  password: string;
  displayName: string;
}

export type SignUpProblems = Partial<Record<keyof SignUpFields, string>>;

export const minimumPasswordLength = 6;
export const maximumDisplayNameLength = 100;
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function signUpProblems({ email, password, displayName }: SignUpFields): SignUpProblems {
  const problems: SignUpProblems = {};
  const name = displayName.trim();
  if (name === '') problems.displayName = 'Enter the name your colleagues will see.';
  else if ([...name].length > maximumDisplayNameLength) {
    problems.displayName = `Keep the name to ${maximumDisplayNameLength} characters or fewer.`;
  }
  if (email.trim() === '') problems.email = 'Enter your email address.';
  else if (!emailShape.test(email.trim())) problems.email = 'Enter an email address like name@example.com.';
  if (password.length < minimumPasswordLength) {
    problems.password = `Choose a password of at least ${minimumPasswordLength} characters.`;
  }
  return problems;
}
