import { AuthApiError, AuthRetryableFetchError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { signInErrorMessage } from './sign-in-error-message';

describe('signInErrorMessage', () => {
  it("shows the auth server's answer to a wrong password", () => {
    const error = new AuthApiError('Invalid login credentials', 400, 'invalid_credentials');
    expect(signInErrorMessage(error)).toBe('Invalid login credentials');
  });

  it('explains an unreachable auth server instead of showing a fetch failure', () => {
    const error = new AuthRetryableFetchError('Failed to fetch', 0);
    expect(signInErrorMessage(error)).toBe(
      'Could not reach the sign-in service. Check your connection and try again.',
    );
  });

  it('never shows a blank message', () => {
    expect(signInErrorMessage(new AuthApiError('', 500, undefined))).not.toBe('');
    expect(signInErrorMessage(new Error('boom'))).not.toBe('');
  });
});
