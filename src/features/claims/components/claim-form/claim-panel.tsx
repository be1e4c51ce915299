// The claim panel: adds a claim for the selected words, or opens an existing one, editable
// when the database says the user may edit it and read-only otherwise.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { TextAnchor } from '../../../../lib/anchoring/selectors';
import { ErrorAlert } from '../../../../components/error-alert';
import { LoadingStatus } from '../../../../components/loading-status';
import { claimQueries } from '../../api/claim-queries';
import type { Claim } from '../../api/claim-types';
import { quoteOfClaim } from '../../utils/claim-form/claim-form-values';
import { ClaimEditor } from './claim-editor';
import { ClaimReadOnly } from './claim-read-only';
import { QuoteChangedNotice } from './quote-changed-notice';
import './claim-form.css';

export type ClaimPanelTarget = { kind: 'new'; anchor: TextAnchor } | { kind: 'existing'; claimId: string };

type PanelProps = {
  articleId: string;
  /** The article's newsroom, whose verdict scale the claim uses. */
  newsroomId: string;
  onClose: () => void;
};

function PanelFrame({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the panel takes the reader to it, so keyboard and screen reader users land there;
  // so does a change of what it offers (a withdrawn claim opening for editing).
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section className="claim-panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function ExistingClaim({
  articleId,
  newsroomId,
  claimId,
  notice,
  onClose,
  onSubmitted,
}: PanelProps & { claimId: string; notice: string | null; onSubmitted: (claim: Claim) => void }) {
  const claim = useQuery(claimQueries.detail(claimId));
  const mayEdit = useQuery({
    ...claimQueries.mayEdit({
      id: claimId,
      article_id: claim.data?.article_id ?? articleId,
      created_by: claim.data?.created_by ?? null,
      corrector_id: claim.data?.corrector_id ?? null,
      status: claim.data?.status ?? '',
    }),
    enabled: claim.data != null,
  });

  // A failed refetch keeps the claim on screen: only a claim never loaded shows the error.
  const failure =
    claim.data === undefined
      ? claim.error
      : claim.data !== null && mayEdit.data === undefined
        ? mayEdit.error
        : null;
  if (failure) {
    return (
      <PanelFrame title="Claim">
        <ErrorAlert title="The claim could not be loaded.">
          <p>{failure.message}</p>
        </ErrorAlert>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </PanelFrame>
    );
  }
  if (claim.data === undefined || (claim.data !== null && mayEdit.data === undefined)) {
    return (
      <PanelFrame title="Claim">
        <LoadingStatus>Loading claim…</LoadingStatus>
      </PanelFrame>
    );
  }
  if (claim.data === null) {
    return (
      <PanelFrame title="Claim">
        <p>This claim no longer exists, or you may not read it.</p>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </PanelFrame>
    );
  }
  if (!mayEdit.data) {
    return (
      <PanelFrame title="Claim">
        {notice !== null && (
          <p role="status" className="claim-status">
            {notice}
          </p>
        )}
        <QuoteChangedNotice claim={claim.data} />
        <ClaimReadOnly claim={claim.data} newsroomId={newsroomId} onClose={onClose} />
      </PanelFrame>
    );
  }
  return (
    <PanelFrame title={claim.data.corrector_id === null ? 'Edit claim' : 'Correct fact-check'}>
      {/* An editor still edits what they submitted (editors edit claims in review). */}
      {notice !== null && (
        <p role="status" className="claim-status">
          {notice}
        </p>
      )}
      <QuoteChangedNotice claim={claim.data} />
      <ClaimEditor
        articleId={articleId}
        newsroomId={newsroomId}
        quote={quoteOfClaim(claim.data)}
        existing={claim.data}
        onClose={onClose}
        onSubmitted={onSubmitted}
      />
    </PanelFrame>
  );
}

export function ClaimPanel({ articleId, newsroomId, target, onClose }: PanelProps & { target: ClaimPanelTarget }) {
  // After Submit for review a new claim is shown as the saved claim it has become.
  const [submitted, setSubmitted] = useState<Claim | null>(null);
  // Escape closes the panel as Close does (unsaved changes stay in this device's draft), unless
  // a dialog of the panel's own is open, which Escape closes first.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog') != null) return;
      if (target !== null && target !== document.body && target.closest('.claim-panel') === null) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
  const claimId = submitted?.id ?? (target.kind === 'existing' ? target.claimId : null);
  const onSubmitted = (claim: Claim) => setSubmitted(claim);

  if (claimId !== null) {
    return (
      <ExistingClaim
        // A claim submitted from the editor starts a fresh view of it.
        key={`${claimId}:${submitted?.version ?? ''}`}
        articleId={articleId}
        newsroomId={newsroomId}
        claimId={claimId}
        notice={submitted === null ? null : 'Claim submitted for review.'}
        onClose={onClose}
        onSubmitted={onSubmitted}
      />
    );
  }
  if (target.kind !== 'new') return null;
  return (
    <PanelFrame title="New claim">
      <ClaimEditor
        articleId={articleId}
        newsroomId={newsroomId}
        quote={target.anchor}
        existing={null}
        onClose={onClose}
        onSubmitted={onSubmitted}
      />
    </PanelFrame>
  );
}
