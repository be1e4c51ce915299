// The membership history's sentences, one per kind of event.
import { describe, expect, it } from 'vitest';
import { membershipEventSentence } from './membership-event-sentence';

const ana = { display_name: 'Ana Admin' };
const ben = { display_name: 'Ben Checker' };
const none = { actor: null, member: null, email: null, from_role: null, to_role: null };

describe('membershipEventSentence', () => {
  const cases = [
    { event: { ...none, action: 'joined', member: ana, actor: ana, to_role: 'admin' }, expected: 'Ana Admin joined as an admin.' },
    {
      event: { ...none, action: 'role_changed', actor: ana, member: ben, from_role: 'checker', to_role: 'editor' },
      expected: 'Ana Admin changed Ben Checker’s role from checker to editor.',
    },
    { event: { ...none, action: 'removed', actor: ana, from_role: 'editor' }, expected: 'Ana Admin removed a former member, who was an editor.' },
    { event: { ...none, action: 'invited', actor: ana, email: 'new@example.com', to_role: 'checker' }, expected: 'Ana Admin invited new@example.com as a checker.' },
    { event: { ...none, action: 'invitation_revoked', email: 'new@example.com' }, expected: 'Someone outside the app revoked the invitation to new@example.com.' },
    {
      event: { ...none, action: 'invitation_accepted', actor: ben, email: 'ben@example.com', to_role: 'editor' },
      expected: 'ben@example.com accepted the invitation to join as an editor.',
    },
  ];
  it.each(cases)('$expected', ({ event, expected }) => {
    expect(membershipEventSentence(event)).toBe(expected);
  });
});
