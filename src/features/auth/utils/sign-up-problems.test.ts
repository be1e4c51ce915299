import { describe, expect, it } from 'vitest';
import { signUpProblems, type SignUpFields, type SignUpProblems } from './sign-up-problems';

const valid: SignUpFields = { email: 'ana@example.com', password: 'secret1', displayName: 'Ana Ruiz' };

describe('signUpProblems', () => {
  const cases: Array<[string, Partial<SignUpFields>, SignUpProblems]> = [
    ['accepts a complete sign-up', {}, {}],
    ['asks for a name', { displayName: '' }, { displayName: 'Enter the name your colleagues will see.' }],
    ['refuses a name of only whitespace', { displayName: ' \t ' }, { displayName: 'Enter the name your colleagues will see.' }],
    ['accepts 100 characters of name', { displayName: 'é'.repeat(100) }, {}],
    ['refuses 101 characters of name', { displayName: 'a'.repeat(101) }, { displayName: 'Keep the name to 100 characters or fewer.' }],
    ['asks for an email', { email: '  ' }, { email: 'Enter your email address.' }],
    ['refuses an email without a domain', { email: 'ana@' }, { email: 'Enter an email address like name@example.com.' }],
    ['accepts an email with spaces around it', { email: ' ana@example.com ' }, {}],
    ['refuses a 5-character password', { password: '12345' }, { password: 'Choose a password of at least 6 characters.' }],
    ['accepts a 6-character password', { password: '123456' }, {}],
  ];
  it.each(cases)('%s', (_name, change, expected) => {
    expect(signUpProblems({ ...valid, ...change })).toEqual(expected);
  });
});
