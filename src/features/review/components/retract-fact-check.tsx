// Retract, for an admin on a published fact-check: a dialog asks for the public note (readers
// see it, with its date, instead of the verdict) and confirms, since it cannot be undone.
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { asSentence } from '../../../lib/as-sentence';
import type { ReviewClaim } from '../api/get-review-claim';
import { useRetractClaim } from '../hooks/use-retract-claim';

// As the database's check on the note (retract_claim).
const noteLimit = 2000;

export function RetractFactCheck({ claim }: { claim: ReviewClaim }) {
  const retraction = useRetractClaim();
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const retracted = claim.status === 'retracted';
  // The button is gone once the claim is retracted: the focus goes to what became of it.
  useEffect(() => {
    if (retracted && retraction.isSuccess) outcome.current?.focus();
  }, [retracted, retraction.isSuccess]);

  function confirm() {
    const trimmed = note.trim();
    if (trimmed === '' || Array.from(trimmed).length > noteLimit) {
      setNoteError(
        trimmed === ''
          ? 'Say why the fact-check is retracted: readers see this note instead of the verdict.'
          : `The note is longer than ${noteLimit} characters; shorten it.`,
      );
      noteField.current?.focus();
      return;
    }
    setAsking(false);
    retraction.mutate({ claimId: claim.id, expectedVersion: claim.version, note: trimmed });
  }

  if (retracted) {
    return (
      <p role="status" className="claim-status" ref={outcome} tabIndex={-1}>
        Retracted. Its public page shows the retraction and your note instead of the verdict.
      </p>
    );
  }
  return (
    <div className="review-actions">
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
            <p id={`retraction-note-${claim.id}-error`} className="inline-error">
              {noteError}
            </p>
          )}
        </div>
      </ConfirmDialog>
    </div>
  );
}
