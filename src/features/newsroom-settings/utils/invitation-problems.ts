// What is wrong with an invitation before it is sent: the address as
// public.newsroom_invitations' constraint states it (something@domain.tld, at most 320
// characters, compared in lower case) and a role that exists.
import { isRole } from '../../../entities/viewer/utils/roles';

export const maximumEmailLength = 320;
const emailShape = /^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/;

export interface InvitationProblems {
  email?: string;
  role?: string;
}

export function invitationProblems(email: string, role: string): InvitationProblems {
  const problems: InvitationProblems = {};
  const address = email.trim();
  if (address === '') problems.email = 'Enter the email address of the person you are inviting.';
  else if (address.length > maximumEmailLength || !emailShape.test(address)) {
    problems.email = 'Enter an email address like name@example.com.';
  }
  if (!isRole(role)) problems.role = 'Choose checker, editor or admin.';
  return problems;
}
