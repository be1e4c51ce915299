import { AuthApiError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { placeSignUpError, type SignUpErrorPlacement } from './sign-up-error';

describe('placeSignUpError', () => {
  const cases: Array<[string, unknown, SignUpErrorPlacement]> = [
    [
      'a taken email goes to the email field',
      new AuthApiError('User already registered', 422, 'user_already_exists'),
      { fields: { email: 'An account with this email exists already: sign in instead.' }, form: null },
    ],
    [
      'a malformed email goes to the email field in the server’s words',
      new AuthApiError('Unable to validate email address: invalid format', 400, 'validation_failed'),
      { fields: { email: 'Unable to validate email address: invalid format' }, form: null },
    ],
    [
      'a weak password goes to the password field',
      new AuthApiError('Password should be at least 6 characters.', 422, 'weak_password'),
      { fields: { password: 'Password should be at least 6 characters.' }, form: null },
    ],
    [
      'sign-ups turned off are said above the form',
      new AuthApiError('Signups not allowed for this instance', 422, 'signup_disabled'),
      { fields: {}, form: 'This installation does not take new accounts. Ask your newsroom to invite you.' },
    ],
    [
      'an unreachable service is said above the form',
      new TypeError('Failed to fetch'),
      { fields: {}, form: 'Could not reach the sign-in service. Check your connection and try again.' },
    ],
  ];
  it.each(cases)('%s', (_name, error, expected) => {
    expect(placeSignUpError(error)).toEqual(expected);
  });
});
