// Turns a failed sign-in into words for the person at the keyboard. The auth server's
// own message is shown when it answered (e.g. "Invalid login credentials"); anything
// else means it could not be reached.
import { isAuthApiError } from '@supabase/supabase-js';

export function signInErrorMessage(error: unknown): string {
  if (isAuthApiError(error) && error.message.trim() !== '') return error.message;
  return 'Could not reach the sign-in service. Check your connection and try again.';
}
