// GoTrue's checks on emails and passwords, with its messages and error codes (the
// Supabase CLI's local defaults: minimum password length 6, no character rules), and the
// one check of ours: the sign-up names a profile is made from must be visible.
import { AuthError, badRequest } from './errors.ts';
import type { JsonObject } from './http.ts';

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

// What shows nothing on screen: whitespace, control and format characters (zero-width
// spaces and joiners, the BOM, soft hyphens) and the Hangul and Braille blanks.
const blank = /^[\s\p{Cc}\p{Cf}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]+$/u;
/** The metadata keys public.initial_display_name takes a new profile's name from. */
const nameKeys = ['display_name', 'full_name', 'name'] as const;

/**
 * 400 validation_failed for a sign-up name made only of blanks: the profile trigger
 * would fail on it, which GoTrue (and we, unchecked) would answer with a 500.
 */
export function checkProfileNames(metadata: JsonObject) {
  for (const key of nameKeys) {
    const value = metadata[key];
    if (typeof value === 'string' && blank.test(value)) {
      throw badRequest('validation_failed', `${key} must contain at least one visible character`);
    }
  }
}
