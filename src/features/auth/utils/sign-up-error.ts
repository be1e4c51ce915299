// Where a refused sign-up belongs: an email that is taken or malformed at the email field,
// a password the server finds too weak at the password field, anything else (the service
// unreachable, sign-ups turned off) above the form.
import { isAuthApiError } from '@supabase/supabase-js';
import type { SignUpProblems } from './sign-up-problems';
import { signInErrorMessage } from './sign-in-error-message';

export interface SignUpErrorPlacement {
  fields: SignUpProblems;
  /** Said above the form when the problem is not one field's. */
  form: string | null;
}

export function placeSignUpError(error: unknown): SignUpErrorPlacement {
  if (isAuthApiError(error)) {
    if (error.code === 'user_already_exists' || error.code === 'email_exists') {
      return { fields: { email: 'An account with this email exists already: sign in instead.' }, form: null };
    }
    if (error.code === 'email_address_invalid' || (error.code === 'validation_failed' && /email/i.test(error.message))) {
      return { fields: { email: error.message }, form: null };
    }
    if (error.code === 'weak_password') return { fields: { password: error.message }, form: null };
    if (error.code === 'signup_disabled') {
      return { fields: {}, form: 'This installation does not take new accounts. Ask your newsroom to invite you.' };
    }
  }
  return { fields: {}, form: signInErrorMessage(error) };
}
