// Where a refused settings change belongs and how it reads: at the field it concerns when the
// database names one (a taken slug or label, a malformed address, a member already in the
// newsroom), above the form otherwise, always in a sentence and never losing what was typed.
import { isNetworkFailure, RequestError } from '../../../entities/request-error/request-error';
import { asSentence } from '../../../lib/as-sentence';

export interface Refusal<Field extends string> {
  field?: Field;
  message: string;
}

// PostgREST answers an update that row-level security filters out (here: by someone who is
// no longer an admin) with "no rows" for .single().
const noRowCode = 'PGRST116';

export function refusalMessage(error: unknown, what: string): string {
  if (isNetworkFailure(error)) return `${what}: the server could not be reached. Try again.`;
  if (error instanceof RequestError && error.code === noRowCode) {
    return `${what}: only the newsroom’s admins may do this, and it may have changed meanwhile. Reload the page.`;
  }
  return error instanceof Error && error.message.trim() !== '' ? asSentence(error.message) : `${what}.`;
}

/**
 * Places a refusal: `fieldOf` names the field a database error concerns (from its code and
 * words), or undefined to show it above the form.
 */
export function placeRefusal<Field extends string>(
  error: unknown,
  what: string,
  fieldOf: (code: string, message: string) => Field | undefined,
): Refusal<Field> {
  const message = refusalMessage(error, what);
  const field = error instanceof RequestError ? fieldOf(error.code, error.message) : undefined;
  return field === undefined ? { message } : { field, message };
}
