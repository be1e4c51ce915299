// The review view of one claim: its words in their paragraph, the claim, claimant, verdict,
// rationale and sources, the decision, and what the route composes around it (the claims
// feature's editor, the conversation feature's comments and history). j and k open the
// next and previous claim in the queue.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { ReviewClaim } from '../api/get-review-claim';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { reviewQueries } from '../api/review-queries';
import { claimCountsQueries } from '../../../entities/claim-counts/api/claim-counts-queries';
import { countClaims } from '../../../entities/claim-counts/utils/count-claims';
import { flattenPages } from '../../../lib/keyset';
import { claimStatusLabel } from '../../../entities/claim-status/claim-status';
import { hasRole } from '../../../entities/viewer/utils/roles';
import { formatDateTime } from '../../../lib/format-date';
import { isPlainKeyOutsideFields, stepThroughQueue } from '../utils/queue-navigation';
import { CorrectionSummary } from './correction-summary';
import { QuoteContext } from './quote-context';
import { RetractFactCheck } from './retract-fact-check';
import { ReviewDecision } from './review-decision';
import { ReviewSources } from './review-sources';
import { VerdictBadge } from '../../../entities/verdicts/components/verdict-badge';
import './review.css';

export interface ReviewClaimViewProps {
  claimId: string;
  viewer: MemberViewer;
  renderRationale: (html: string) => ReactNode;
  /** The editor for verdict and rationale, shown while the claim is in review. */
  renderEditor?: (claim: ReviewClaim, onClose: () => void) => ReactNode;
  renderConversation?: (claim: ReviewClaim) => ReactNode;
}

// j and k step through the queue's pages loaded so far; the position counts the whole queue.
function useQueueKeys(claimId: string, newsroomId: string) {
  const queue = useInfiniteQuery({ ...reviewQueries.queue(newsroomId), select: flattenPages });
  const counts = useQuery(claimCountsQueries.ofNewsroom(newsroomId));
  const [, navigate] = useLocation();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key !== 'j' && event.key !== 'k') || !isPlainKeyOutsideFields(event)) return;
      const ids = (queue.data ?? []).map((item) => item.id);
      const next = stepThroughQueue(ids, claimId, event.key === 'j' ? 1 : -1);
      if (next === null || next === claimId) return;
      event.preventDefault();
      navigate(`/review/${next}`);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [queue.data, claimId, navigate]);
  const ids = (queue.data ?? []).map((item) => item.id);
  const position = ids.indexOf(claimId);
  const total = counts.data === undefined ? ids.length : countClaims(counts.data, { status: 'in_review' });
  return position < 0 ? null : { position: position + 1, total: Math.max(total, ids.length) };
}

export function ReviewClaimView({
  claimId,
  viewer,
  renderRationale,
  renderEditor,
  renderConversation,
}: ReviewClaimViewProps) {
  const claim = useQuery(reviewQueries.detail(claimId));
  const place = useQueueKeys(claimId, viewer.newsroom.id);
  const [editing, setEditing] = useState(false);
  const headingIds = { context: useId(), claim: useId(), rationale: useId(), sources: useId() };

  if (claim.isPending) return <LoadingStatus>Loading the claim…</LoadingStatus>;
  if (claim.isError) {
    return (
      <ErrorAlert title="The claim could not be loaded.">
        <p>{claim.error.message}</p>
      </ErrorAlert>
    );
  }
  if (claim.data === null) {
    return (
      <p>
        This claim no longer exists, or you may not read it. <Link to="/review">Back to the review queue</Link>
      </p>
    );
  }

  const data = claim.data;
  return (
    <div className="review-view">
      <p className="breadcrumb">
        <Link to="/review">Review queue</Link>
        {place !== null && (
          <>
            {' '}
            · Claim {place.position} of {place.total}
          </>
        )}
      </p>
      <section aria-labelledby={headingIds.context} className="review-context">
        <h2 id={headingIds.context}>
          In the article{' '}
          {data.article && <Link to={`/articles/${data.article.id}`}>{data.article.title}</Link>}
        </h2>
        <QuoteContext bodyText={data.article?.body_text ?? ''} claim={data} />
        {data.quote_changed_at !== null && (
          <p className="review-blocker">
            Quoted words changed: a correction of the article moved this claim onto these words on{' '}
            {formatDateTime(data.quote_changed_at)}. Check that the claim and its verdict still stand on them; its checker or
            an editor confirms this in the article&apos;s claim panel.
          </p>
        )}
      </section>
      <CorrectionSummary claim={data} />
      <section aria-labelledby={headingIds.claim}>
        <h2 id={headingIds.claim}>The claim</h2>
        <dl className="review-facts">
          <dt>Claim</dt>
          <dd>{data.claim_text}</dd>
          <dt>Claimant</dt>
          <dd>{data.claimant ?? 'Not given'}</dd>
          <dt>Verdict</dt>
          <dd>
            <VerdictBadge verdict={data.verdict} />
          </dd>
          <dt>Status</dt>
          <dd>{claimStatusLabel(data.status)}</dd>
          <dt>Checker</dt>
          <dd>{data.author?.display_name ?? 'Unknown'}</dd>
          <dt>Last change</dt>
          <dd>
            <time dateTime={data.updated_at}>{formatDateTime(data.updated_at)}</time>
          </dd>
        </dl>
      </section>
      <section aria-labelledby={headingIds.rationale}>
        <h2 id={headingIds.rationale}>Rationale</h2>
        {data.rationale ? renderRationale(data.rationale) : <p>No rationale yet.</p>}
      </section>
      <section aria-labelledby={headingIds.sources}>
        <h2 id={headingIds.sources}>Sources</h2>
        <ReviewSources sources={data.sources} />
      </section>
      {renderEditor !== undefined && data.status === 'in_review' && (
        <div>
          {editing ? (
            renderEditor(data, () => setEditing(false))
          ) : (
            <button type="button" className="button button-quiet" onClick={() => setEditing(true)}>
              Edit verdict or rationale
            </button>
          )}
        </div>
      )}
      <ReviewDecision key={data.id} claim={data} viewer={viewer} />
      {(data.status === 'published' || data.status === 'retracted') && hasRole(viewer.role, 'admin') && (
        <RetractFactCheck claim={data} />
      )}
      {renderConversation?.(data)}
    </div>
  );
}
