// GoTrue's checks on emails and passwords, with its messages and error codes (the
// Supabase CLI's local defaults: minimum password length 6, no character rules).
import { AuthError, badRequest } from './errors.ts';

const minimumPasswordLength = 6;
/** bcrypt reads only the first 72 bytes; a longer password would silently lose its tail. */
const maximumPasswordBytes = 72;

// The format check of GoTrue's email validation (github.com/badoux/checkmail).
const emailFormat =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** The email lower-cased, as GoTrue stores it; 400 validation_failed when unusable. */
export function validEmail(email: string | undefined): string {
  if (!email) throw badRequest('validation_failed', 'An email address is required');
  if (email.length > 255) throw badRequest('validation_failed', 'An email address is too long');
  if (!emailFormat.test(email)) throw badRequest('validation_failed', 'Unable to validate email address: invalid format');
  return email.toLowerCase();
}

/** 422 weak_password (with GoTrue's reasons) for a short password; 400 for one bcrypt cannot take. */
export function checkPasswordStrength(password: string) {
  const bytes = Buffer.byteLength(password, 'utf8');
  if (bytes < minimumPasswordLength) {
    throw new AuthError(422, 'weak_password', `Password should be at least ${minimumPasswordLength} characters.`, ['length']);
  }
  if (bytes > maximumPasswordBytes) {
    throw badRequest('validation_failed', `Password cannot be longer than ${maximumPasswordBytes} characters`);
  }
  if (password.includes('\u0000')) throw badRequest('validation_failed', 'Password cannot contain a NUL character');
}

const uuidFormat = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return uuidFormat.test(value);
}
