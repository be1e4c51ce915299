// Where a refused "create newsroom" belongs: a taken slug (23505) or a malformed one at the
// slug field, a malformed name at the name field, anything else above the form. The
// database's words are kept, with a capital letter to start the sentence.
import { RequestError } from '../../../entities/request-error/request-error';
import { asSentence } from '../../../lib/as-sentence';

export interface CreateNewsroomErrorPlacement {
  name?: string;
  slug?: string;
  form?: string;
}

export function placeCreateNewsroomError(error: unknown): CreateNewsroomErrorPlacement {
  const message = error instanceof Error ? asSentence(error.message) : 'The newsroom could not be created.';
  if (error instanceof RequestError) {
    if (error.code === '23505' || (error.code === '22023' && /slug/i.test(error.message))) return { slug: message };
    if (error.code === '22023' && /name/i.test(error.message)) return { name: message };
    if (error.status === 0) return { form: 'The newsroom could not be created: the server could not be reached. Try again.' };
  }
  return { form: message };
}
