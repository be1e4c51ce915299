// A newsroom's members as its admins see them: name, email, role and when they joined; a
// role to change and a member to remove (after asking). The database keeps at least one
// admin and says so when asked otherwise; the refusal is shown and the list stays as it was.
// When the removed member's row goes, the focus moves to the list's heading, not the page.
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { isRole, roles } from '../../../entities/viewer/utils/roles';
import { formatDateTime } from '../../../lib/format-date';
import type { Member } from '../api/list-members';
import { settingsQueries } from '../api/settings-queries';
import { useMemberRemoval, useMemberRoleChange } from '../hooks/use-member-changes';
import { refusalMessage } from '../utils/settings-refusal';

interface MemberRowProps {
  newsroomId: string;
  member: Member;
  isViewer: boolean;
  onRemove: (member: Member) => void;
}

function MemberRow({ newsroomId, member, isViewer, onRemove }: MemberRowProps) {
  const [role, setRole] = useState(member.role);
  const change = useMemberRoleChange();
  const selectId = useId();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isRole(role) || role === member.role || change.isPending) return;
    change.mutate({ newsroomId, userId: member.user_id, role }, { onError: () => setRole(member.role) });
  };
  return (
    <li className="member">
      <p className="member-name">
        <strong>{member.display_name}</strong>
        {isViewer && ' (you)'}
      </p>
      <p className="member-email">{member.email}</p>
      <p className="member-joined">Joined {formatDateTime(member.joined_at)}</p>
      <form className="member-role" onSubmit={handleSubmit}>
        <label htmlFor={selectId}>Role of {member.display_name}</label>
        <select id={selectId} value={role} onChange={(event) => setRole(event.target.value)}>
          {roles.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-quiet" disabled={role === member.role || change.isPending}>
          {change.isPending ? 'Changing…' : 'Change role'}
          <span className="visually-hidden"> of {member.display_name}</span>
        </button>
      </form>
      {change.isError && <ErrorAlert title={refusalMessage(change.error, 'The role was not changed')} />}
      <button type="button" className="button button-quiet member-remove" onClick={() => onRemove(member)}>
        Remove<span className="visually-hidden"> {member.display_name}</span>
      </button>
    </li>
  );
}

export function MembersSection({ viewer, newsroomId }: { viewer: MemberViewer; newsroomId: string }) {
  const members = useQuery(settingsQueries.members(newsroomId));
  const removal = useMemberRemoval();
  const [removing, setRemoving] = useState<Member | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  const confirmRemoval = () => {
    if (removing === null) return;
    const member = removing;
    setRemoving(null);
    removal.mutate({ newsroomId, userId: member.user_id }, { onSuccess: () => headingRef.current?.focus() });
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Members
      </h2>
      <p>Roles: a checker annotates and submits claims; an editor also reviews and publishes them; an admin also manages the newsroom.</p>
      {removal.isError && <ErrorAlert title={refusalMessage(removal.error, 'The member was not removed')} />}
      {members.isPending && <LoadingStatus>Loading the members…</LoadingStatus>}
      {members.isError && <ErrorAlert title={refusalMessage(members.error, 'The members could not be loaded')} />}
      {members.data !== undefined && (
        <ul className="member-list">
          {members.data.map((member) => (
            <MemberRow
              key={`${member.user_id}:${member.role}`}
              newsroomId={newsroomId}
              member={member}
              isViewer={member.user_id === viewer.id}
              onRemove={setRemoving}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.display_name ?? 'this member'}?`}
        confirmLabel="Remove member"
        onConfirm={confirmRemoval}
        onCancel={() => setRemoving(null)}
      >
        <p>
          They will no longer see {viewer.newsroom.name}’s unpublished work. Their claims, comments and history stay. To bring
          them back, invite them again.
        </p>
      </ConfirmDialog>
    </section>
  );
}
