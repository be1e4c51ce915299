// The decision part of the review view: Approve and Request changes (with a required note)
// for a claim in review by someone else, Publish for an approved claim, an explanation
// instead of buttons for the editor's own claim, and the conflict notice when the claim
// changed since it was opened. `a` asks to approve (showing what), `r` goes to the note;
// Publish always shows the claim, its verdict and its rationale's first lines and asks. The
// outcome takes the focus, since the buttons that led to it are gone.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { flattenPages } from '../../../lib/keyset';
import { Link } from 'wouter';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { asSentence } from '../../../lib/as-sentence';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert } from '../../../components/error-alert';
import type { ReviewClaim } from '../api/get-review-claim';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { isVersionConflict } from '../../../entities/request-error/request-error';
import { reviewQueries } from '../api/review-queries';
import { useReviewDecision } from '../hooks/use-review-decision';
import { claimChanges } from '../utils/claim-changes';
import { claimStatusLabel } from '../../../entities/claim-status/claim-status';
import { isPlainKeyOutsideFields } from '../utils/queue-navigation';
import { rationaleExcerpt } from '../utils/rationale-excerpt';

const doneMessages = {
  approve: 'Approved. The claim can now be published.',
  request_changes: 'Changes requested. The checker sees your note on My work.',
  publish: 'Published. Readers now see this verdict on the public page.',
} as const;

function ConflictNotice({
  opened,
  latest,
  onReviewLatest,
}: {
  opened: ReviewClaim;
  latest: ReviewClaim | null;
  onReviewLatest: () => void;
}) {
  const headingId = useId();
  const changes = latest === null ? [] : claimChanges(opened, latest);
  return (
    <section role="alert" aria-labelledby={headingId} className="review-conflict">
      <h3 id={headingId}>This claim changed since you opened it</h3>
      {latest === null ? (
        <p>It no longer exists, or you may no longer read it. Nothing was decided.</p>
      ) : (
        <>
          <p>Nothing was decided. What changed:</p>
          {changes.length === 0 ? (
            <p>Its sources or quote were edited.</p>
          ) : (
            <dl>
              {changes.map((change) => (
                <div key={change.field}>
                  <dt>{change.field}</dt>
                  <dd>
                    was “{change.before}”, now “{change.after}”
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <button type="button" className="button button-primary" onClick={onReviewLatest}>
            Review the latest version
          </button>
        </>
      )}
    </section>
  );
}

// After a decision, the next claim waiting in the same list (the queue, or Ready to publish
// after a publication), so an editor goes on without going back to the list.
function NextClaim({ after, viewer, list }: { after: string; viewer: MemberViewer; list: 'queue' | 'ready' }) {
  const queue = useInfiniteQuery({ ...reviewQueries.queue(viewer.newsroom.id), select: flattenPages, enabled: list === 'queue' });
  const ready = useInfiniteQuery({ ...reviewQueries.ready(viewer.newsroom.id), select: flattenPages, enabled: list === 'ready' });
  const waiting = list === 'queue'
    ? queue.data?.filter((item) => item.created_by !== viewer.id)
    : ready.data;
  if (waiting === undefined) return null;
  const next = waiting.find((item) => item.id !== after);
  if (next === undefined && (list === 'queue' ? queue.hasNextPage : ready.hasNextPage)) {
    // The pages loaded hold only this claim and the editor's own: the list has the rest.
    return list === 'queue' ? <p><Link to="/review">More claims wait in the review queue.</Link></p> : <p><Link to="/ready">More claims wait to be published.</Link></p>;
  }
  if (next === undefined) {
    return <p>{list === 'queue' ? 'Nothing else waits for review.' : 'Nothing else waits to be published.'}</p>;
  }
  return (
    <p>
      Next {list === 'queue' ? 'in the queue' : 'to publish'}: <Link to={`/review/${next.id}`}>{next.claim_text}</Link>
    </p>
  );
}

export function ReviewDecision({ claim, viewer }: { claim: ReviewClaim; viewer: MemberViewer }) {
  const headingId = useId();
  const noteId = useId();
  const noteErrorId = useId();
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [done, setDone] = useState<keyof typeof doneMessages | null>(null);
  const [confirming, setConfirming] = useState<'approve' | 'publish' | null>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  const decided = (outcome: keyof typeof doneMessages) => () => {
    setDone(outcome);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  const { mutation, conflict, reviewLatest } = useReviewDecision(claim, viewer.newsroom.id);

  const ownInReview = claim.created_by === viewer.id && claim.status === 'in_review';
  const reviewable = claim.status === 'in_review' && claim.created_by !== viewer.id;
  const publishable = claim.status === 'approved';
  // The database's four-eyes rule, asked rather than repeated: an editor who changed the
  // claim's words, verdict or sources since it was submitted leaves the approval to another.
  const blocker = useQuery({ ...reviewQueries.approvalBlocker(claim.id), enabled: reviewable });
  const blockerMessage = blocker.data ?? null;
  const blocked = blockerMessage !== null;
  // While asking, nothing is offered; should the question fail, review_claim still decides.
  const mayApprove = reviewable && !blocker.isPending && !blocked;

  const approve = () => {
    if (!mayApprove || mutation.isPending) return;
    setDone(null);
    mutation.mutate({ kind: 'approve' }, { onSuccess: decided('approve') });
  };

  // Re-registered every render so the shortcut always sees the current claim and state.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!reviewable || !isPlainKeyOutsideFields(event)) return;
      if (event.key === 'a') {
        event.preventDefault();
        if (mayApprove && !mutation.isPending) setConfirming('approve');
      } else if (event.key === 'r') {
        event.preventDefault();
        noteRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  });

  const requestChanges = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') {
      setNoteError('Write what needs to change: the checker needs a note to act on.');
      noteRef.current?.focus();
      return;
    }
    setNoteError(null);
    setDone(null);
    mutation.mutate(
      { kind: 'request_changes', note: note.trim() },
      {
        onSuccess: () => {
          setNote('');
          decided('request_changes')();
        },
      },
    );
  };

  const publish = () => {
    if (mutation.isPending) return;
    setDone(null);
    mutation.mutate({ kind: 'publish' }, { onSuccess: decided('publish') });
  };

  return (
    <section className="review-decision" aria-labelledby={headingId}>
      <h2 id={headingId}>Decision</h2>
      <p role="status" className="claim-status" ref={outcomeRef} tabIndex={-1}>
        {done !== null && doneMessages[done]}
      </p>
      {done !== null && <NextClaim after={claim.id} viewer={viewer} list={done === 'publish' ? 'ready' : 'queue'} />}
      {conflict !== null && (
        <ConflictNotice opened={conflict.opened} latest={conflict.latest} onReviewLatest={() => void reviewLatest()} />
      )}
      {mutation.isError && !isVersionConflict(mutation.error) && (
        <ErrorAlert title="The decision was not saved.">
          <p>{mutation.error.message}</p>
        </ErrorAlert>
      )}
      {ownInReview && (
        <p>
          This is your claim: another editor must review it. Nobody approves or sends back their own claim, so there
          are no Approve or Request changes buttons here.
        </p>
      )}
      {reviewable && (
        <>
          <p className="review-hint">
            {mayApprove ? 'Press a to approve, r' : 'Press r'} to write a change request, j and k for the next and previous
            claim in the queue.
          </p>
          {blockerMessage !== null && <p className="review-blocker">{asSentence(blockerMessage)}</p>}
          {mayApprove && (
            <div className="review-actions">
              <button type="button" className="button button-primary" onClick={approve} disabled={mutation.isPending}>
                Approve
              </button>
            </div>
          )}
          <form className="review-request" onSubmit={requestChanges} noValidate>
            <div className="claim-field">
              <label htmlFor={noteId}>What needs to change (required to request changes)</label>
              <textarea
                id={noteId}
                ref={noteRef}
                value={note}
                aria-invalid={noteError !== null}
                aria-describedby={noteError === null ? undefined : noteErrorId}
                onChange={(event) => setNote(event.target.value)}
              />
              {noteError !== null && (
                <p id={noteErrorId} className="inline-error">
                  {noteError}
                </p>
              )}
            </div>
            <div className="review-actions">
              <button type="submit" className="button" disabled={mutation.isPending}>
                Request changes
              </button>
            </div>
          </form>
        </>
      )}
      {publishable && (
        <div className="review-actions">
          <button type="button" className="button button-primary" onClick={() => setConfirming('publish')} disabled={mutation.isPending}>
            Publish
          </button>
        </div>
      )}
      <ConfirmDialog
        open={confirming !== null}
        title={confirming === 'publish' ? 'Publish this fact-check?' : 'Approve this claim?'}
        confirmLabel={confirming === 'publish' ? 'Publish' : 'Approve'}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const step = confirming;
          setConfirming(null);
          if (step === 'publish') publish();
          else approve();
        }}
      >
        <dl className="review-confirm">
          <dt>Claim</dt>
          <dd>{claim.claim_text}</dd>
          <dt>Verdict</dt>
          <dd>{claim.verdict?.label ?? 'No verdict'}</dd>
          {confirming === 'publish' && (
            <>
              <dt>Rationale</dt>
              <dd>{rationaleExcerpt(claim.rationale) || 'None'}</dd>
            </>
          )}
        </dl>
        {confirming === 'publish' && <p>Readers see it on the public page, and search engines read it, as soon as it is published.</p>}
      </ConfirmDialog>
      {!reviewable && !publishable && !ownInReview && (
        <p>This claim is {claimStatusLabel(claim.status).toLowerCase()}: there is nothing to decide on it now.</p>
      )}
    </section>
  );
}
