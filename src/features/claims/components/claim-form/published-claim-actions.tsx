// What can be done with a published fact-check from its panel: see its public page; an
// editor opens a correction (the published version stays public until the correction is
// approved and published); an admin retracts it with a public note. A retracted claim only
// links to its public page, which shows the retraction.
import { useRef, useState } from 'react';
import { Link } from 'wouter';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { ErrorAlert } from '../../../../components/error-alert';
import { asSentence } from '../../../../lib/as-sentence';
import { hasRole, roleIn } from '../../../../entities/viewer/utils/roles';
import { useViewer } from '../../../../entities/viewer/hooks/use-viewer';
import type { ClaimWithSources } from '../../api/claim-types';
import { useRetractClaim, useStartCorrection } from '../../hooks/claim-form/use-correction';
import { claimLimits } from '../../utils/claim-form/validate-claim-form';

function RetractClaim({ claim }: { claim: ClaimWithSources }) {
  const retraction = useRetractClaim();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  function confirm() {
    const trimmed = note.trim();
    if (trimmed === '' || Array.from(trimmed).length > claimLimits.correctionNote) {
      setNoteError(
        trimmed === ''
          ? 'Say why the fact-check is retracted: readers see this note instead of the verdict.'
          : `The note is longer than ${claimLimits.correctionNote} characters; shorten it.`,
      );
      noteField.current?.focus();
      return;
    }
    setAsking(false);
    retraction.mutate({ claimId: claim.id, expectedVersion: claim.version, note: trimmed });
  }

  return (
    <>
      <button type="button" className="button button-quiet" disabled={retraction.isPending} onClick={() => setAsking(true)}>
        {retraction.isPending ? 'Retracting…' : 'Retract'}
      </button>
      {retraction.isError && <ErrorAlert title={`The fact-check was not retracted: ${asSentence(retraction.error.message)}`} />}
      <ConfirmDialog
        open={asking}
        title="Retract this fact-check?"
        confirmLabel="Retract fact-check"
        onCancel={() => {
          setAsking(false);
          setNoteError(null);
        }}
        onConfirm={confirm}
      >
        <p>
          The public page of “{claim.claim_text}” will show the retraction and its date instead of the verdict, and its
          ClaimReview is withdrawn. This cannot be undone.
        </p>
        <div className="claim-field">
          <label htmlFor={`retraction-note-${claim.id}`}>Public note: why is it retracted?</label>
          <textarea
            id={`retraction-note-${claim.id}`}
            ref={noteField}
            rows={4}
            value={note}
            aria-invalid={noteError !== null ? true : undefined}
            aria-describedby={noteError !== null ? `retraction-note-${claim.id}-error` : undefined}
            onChange={(event) => {
              setNote(event.target.value);
              setNoteError(null);
            }}
          />
          {noteError !== null && (
            <p id={`retraction-note-${claim.id}-error`} className="claim-field-error">
              {noteError}
            </p>
          )}
        </div>
      </ConfirmDialog>
    </>
  );
}

export function PublishedClaimActions({ claim, newsroomId }: { claim: ClaimWithSources; newsroomId: string }) {
  const viewer = useViewer();
  const correction = useStartCorrection();
  const role = roleIn(viewer.data, newsroomId);
  const published = claim.status === 'published';
  if (claim.published_at === null || (claim.status !== 'published' && claim.status !== 'retracted')) return null;
  return (
    <div className="claim-published-actions">
      <p>
        <Link href={`/p/${claim.article_id}/${claim.id}`}>See the public page of this fact-check</Link>
      </p>
      {published && hasRole(role, 'editor') && (
        <>
          <p className="claim-field-hint">
            A correction is reviewed like any claim; readers keep seeing the published version until it is published,
            with a dated note saying what changed and why.
          </p>
          <div className="claim-actions">
            <button
              type="button"
              className="button"
              disabled={correction.isPending}
              onClick={() => correction.mutate({ claimId: claim.id, expectedVersion: claim.version })}
            >
              {correction.isPending ? 'Opening a correction…' : 'Correct'}
            </button>
            {hasRole(role, 'admin') && <RetractClaim claim={claim} />}
          </div>
          {correction.isError && <ErrorAlert title={`No correction was opened: ${asSentence(correction.error.message)}`} />}
        </>
      )}
    </div>
  );
}
