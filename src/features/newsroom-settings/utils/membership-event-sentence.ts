// How the membership history reads one event: who did what to whom, in a sentence. The
// actor is null for a change made outside the app (SQL, the service role); a person may be
// unnamed once they share no newsroom with the admin reading (their profile is then private).
import type { MembershipEvent } from '../api/get-membership-history';

const someoneOutsideTheApp = 'Someone outside the app';
const formerMember = 'a former member';

function article(role: string | null): string {
  if (role === null) return 'a member';
  return `${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}`;
}

export function membershipEventSentence(event: Omit<MembershipEvent, 'id' | 'created_at'>): string {
  const actor = event.actor?.display_name ?? someoneOutsideTheApp;
  const member = event.member?.display_name ?? formerMember;
  const invitee = event.email ?? 'someone';
  switch (event.action) {
    case 'joined':
      return `${member} joined as ${article(event.to_role)}.`;
    case 'role_changed':
      return `${actor} changed ${member}’s role from ${event.from_role ?? 'none'} to ${event.to_role ?? 'none'}.`;
    case 'removed':
      return `${actor} removed ${member}, who was ${article(event.from_role)}.`;
    case 'invited':
      return `${actor} invited ${invitee} as ${article(event.to_role)}.`;
    case 'invitation_revoked':
      return `${actor} revoked the invitation to ${invitee}.`;
    case 'invitation_accepted':
      return `${invitee} accepted the invitation to join as ${article(event.to_role)}.`;
    default:
      return `${actor}: ${event.action}.`;
  }
}
