import { describe, expect, it } from 'vitest';
import { RequestError } from '../../../entities/request-error/request-error';
import { placeCreateNewsroomError, type CreateNewsroomErrorPlacement } from './create-newsroom-error';

const refusal = (code: string, message: string, status = 400) => new RequestError({ code, message, status });

describe('placeCreateNewsroomError', () => {
  const cases: Array<[string, unknown, CreateNewsroomErrorPlacement]> = [
    [
      'a taken slug goes to the slug field',
      refusal('23505', 'the slug "demo" is taken by another newsroom: choose another', 409),
      { slug: 'The slug "demo" is taken by another newsroom: choose another.' },
    ],
    [
      'a malformed slug goes to the slug field',
      refusal('22023', 'invalid slug "A": use 2 to 63 lowercase letters, digits and hyphens, with no hyphen at either end'),
      { slug: 'Invalid slug "A": use 2 to 63 lowercase letters, digits and hyphens, with no hyphen at either end.' },
    ],
    [
      'a malformed name goes to the name field',
      refusal('22023', "a newsroom's name must be 1 to 200 characters"),
      { name: "A newsroom's name must be 1 to 200 characters." },
    ],
    [
      'an unanswered request is said above the form',
      refusal('', 'Failed to fetch', 0),
      { form: 'The newsroom could not be created: the server could not be reached. Try again.' },
    ],
    ['a refusal of the caller is said above the form', refusal('42501', 'sign in to create a newsroom', 403), { form: 'Sign in to create a newsroom.' }],
  ];
  it.each(cases)('%s', (_name, error, expected) => {
    expect(placeCreateNewsroomError(error)).toEqual(expected);
  });
});
