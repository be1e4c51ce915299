// Invitations: invite a colleague by email in a role, and the pending invitations with the
// link to send them by hand (the local stack sends no mail; a hosted project can), a button
// to copy it, and Revoke. A refusal (already a member, already invited) is named at the
// email field; nothing typed is lost. After a revoke the focus moves to the list's heading.
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { TextField } from '../../../components/text-field';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { isRole, roleDescriptions, roles } from '../../../entities/viewer/utils/roles';
import { formatDateTime } from '../../../lib/format-date';
import type { PendingInvitation } from '../api/get-pending-invitations';
import { settingsQueries } from '../api/settings-queries';
import { useInvitation, useInvitationRevocation } from '../hooks/use-invitation-changes';
import { invitationProblems, maximumEmailLength, type InvitationProblems } from '../utils/invitation-problems';
import { placeRefusal, refusalMessage } from '../utils/settings-refusal';

function invitationLink(invitationId: string): string {
  return `${window.location.origin}/invitations/${invitationId}`;
}

// "Already a member", "already invited" (P0001) and "invalid email address" concern the address.
function refusedField(code: string, message: string): 'email' | undefined {
  return code === 'P0001' || /email/i.test(message) ? 'email' : undefined;
}

function InviteForm({ newsroomId, onInvited }: { newsroomId: string; onInvited: (email: string) => void }) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('checker');
  const [problems, setProblems] = useState<InvitationProblems>({});
  const invitation = useInvitation();
  const idPrefix = useId();
  const emailId = `${idPrefix}-email`;
  const refusal = invitation.isError
    ? placeRefusal(invitation.error, 'The invitation was not sent', refusedField)
    : null;
  const emailProblem = problems.email ?? (refusal?.field === 'email' ? refusal.message : undefined);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (invitation.isPending) return;
    const found = invitationProblems(email, role);
    setProblems(found);
    if (found.email !== undefined) return document.getElementById(emailId)?.focus();
    if (!isRole(role)) return document.getElementById(`${idPrefix}-role`)?.focus();
    const address = email.trim().toLowerCase();
    invitation.mutate(
      { newsroomId, email: address, role },
      {
        onSuccess: () => {
          setEmail('');
          onInvited(address);
        },
        onError: () => document.getElementById(emailId)?.focus(),
      },
    );
  };

  return (
    <form className="settings-form" onSubmit={handleSubmit} noValidate aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>Invite a colleague</h2>
      {refusal !== null && refusal.field === undefined && <ErrorAlert title={refusal.message} />}
      <TextField
        inputId={emailId}
        label="Email address"
        name="email"
        type="email"
        autoComplete="off"
        maxLength={maximumEmailLength}
        value={email}
        onValueChange={(value) => {
          setEmail(value);
          setProblems({});
          invitation.reset();
        }}
        problem={emailProblem}
      />
      <fieldset className="role-choice">
        <legend>Role</legend>
        {roles.map((option) => (
          <label key={option} className="role-option">
            <input
              type="radio"
              name={`${idPrefix}-role`}
              id={option === roles[0] ? `${idPrefix}-role` : undefined}
              value={option}
              checked={role === option}
              onChange={() => setRole(option)}
            />
            {roleDescriptions[option]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button-primary" disabled={invitation.isPending}>
        {invitation.isPending ? 'Inviting…' : 'Invite'}
      </button>
    </form>
  );
}

function PendingInvitationItem({ invitation, onRevoked }: { invitation: PendingInvitation; onRevoked: () => void }) {
  const revocation = useInvitationRevocation();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const linkId = useId();
  const link = invitationLink(invitation.id);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <li className="pending-invitation">
      <p>
        <strong>{invitation.email}</strong> as {invitation.role}
        {invitation.inviter !== null && `, invited by ${invitation.inviter.display_name}`}
      </p>
      <p className="pending-invitation-expiry">Expires {formatDateTime(invitation.expires_at)}</p>
      <div className="field">
        <label htmlFor={linkId}>Invitation link for {invitation.email}</label>
        <input id={linkId} type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
      </div>
      <div className="settings-actions">
        <button type="button" className="button button-quiet" onClick={() => void copy()}>
          Copy link<span className="visually-hidden"> for {invitation.email}</span>
        </button>
        <button
          type="button"
          className="button button-quiet"
          disabled={revocation.isPending}
          onClick={() => revocation.mutate(invitation.id, { onSuccess: onRevoked })}
        >
          {revocation.isPending ? 'Revoking…' : 'Revoke'}
          <span className="visually-hidden"> the invitation for {invitation.email}</span>
        </button>
        <p role="status" className="settings-saved">
          {copied === 'copied' && 'Link copied.'}
          {copied === 'failed' && 'Copying was not allowed: select the link and copy it yourself.'}
        </p>
      </div>
      {revocation.isError && <ErrorAlert title={refusalMessage(revocation.error, 'The invitation was not revoked')} />}
    </li>
  );
}

export function InvitationsSection({ viewer, newsroomId }: { viewer: MemberViewer; newsroomId: string }) {
  const pending = useQuery(settingsQueries.pendingInvitations(newsroomId));
  const [invited, setInvited] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  return (
    <>
      <InviteForm newsroomId={newsroomId} onInvited={setInvited} />
      <p role="status" className="settings-saved">
        {invited !== null && `${invited} is invited to ${viewer.newsroom.name}. Send them the link below.`}
      </p>
      <section className="settings-section" aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          Pending invitations
        </h2>
        <p>
          Send each person their link. They sign in, or create an account with the invited address, and accept. A link works
          for 14 days, for that address only.
        </p>
        {pending.isPending && <LoadingStatus>Loading the invitations…</LoadingStatus>}
        {pending.isError && <ErrorAlert title={refusalMessage(pending.error, 'The invitations could not be loaded')} />}
        {pending.data?.invitations.length === 0 && <p>No invitation is waiting.</p>}
        {pending.data !== undefined && pending.data.invitations.length > 0 && (
          <ul className="pending-invitations">
            {pending.data.invitations.map((invitation) => (
              <PendingInvitationItem key={invitation.id} invitation={invitation} onRevoked={() => headingRef.current?.focus()} />
            ))}
          </ul>
        )}
        {pending.data !== undefined && pending.data.total > pending.data.invitations.length && (
          <p>
            Showing the newest {pending.data.invitations.length} of {pending.data.total} pending invitations.
          </p>
        )}
      </section>
    </>
  );
}
