// An invitation's problems before it is sent.
import { describe, expect, it } from 'vitest';
import { invitationProblems } from './invitation-problems';

describe('invitationProblems', () => {
  const cases = [
    { name: 'a valid address and role', email: ' new.colleague@example.com ', role: 'checker', fields: [] },
    { name: 'no address', email: '', role: 'editor', fields: ['email'] },
    { name: 'an address without a domain', email: 'colleague@', role: 'editor', fields: ['email'] },
    { name: 'an address without a dot in the domain', email: 'colleague@example', role: 'editor', fields: ['email'] },
    { name: 'two @', email: 'a@b@example.com', role: 'editor', fields: ['email'] },
    { name: 'an address over 320 characters', email: `${'a'.repeat(310)}@example.com`, role: 'admin', fields: ['email'] },
    { name: 'a role that does not exist', email: 'colleague@example.com', role: 'owner', fields: ['role'] },
  ];
  it.each(cases)('$name', ({ email, role, fields }) => {
    expect(Object.keys(invitationProblems(email, role)).sort()).toEqual(fields);
  });
});
