// One claim in the side panel: its words (a button that shows them in the article), what is
// claimed and by whom, the verdict, where it stands in review and who wrote it up. Memoised,
// with callbacks that take the claim's id, so focusing one card of a thousand re-renders two.
import { memo, type Ref } from 'react';
import { Link } from 'wouter';
import type { Verdict } from '../../../../entities/verdicts/api/get-verdicts';
import type { ClaimListItem } from '../../api/claim-types';
import { claimStatusLabel } from '../../../../entities/claim-status/claim-status';
import { VerdictBadge } from '../../../../entities/verdicts/components/verdict-badge';
import './sidebar.css';

const excerptLength = 140;

function excerpt(text: string) {
  return text.length <= excerptLength ? text : `${text.slice(0, excerptLength).trimEnd()}…`;
}

export const ClaimCard = memo(function ClaimCard({
  claim,
  verdict,
  author,
  focused,
  reviewer,
  cardRef,
  onShowInText,
  onOpen,
}: {
  claim: ClaimListItem;
  verdict: Verdict | undefined;
  author: string | undefined;
  focused: boolean;
  /** An editor or admin of the newsroom, who decides on claims in review and publishes approved ones. */
  reviewer: boolean;
  cardRef?: Ref<HTMLElement>;
  /** Absent for a claim whose words are no longer in the text. */
  onShowInText?: (claimId: string) => void;
  onOpen: (claimId: string) => void;
}) {
  const headingId = `claim-card-${claim.id}`;
  const quote = `“${excerpt(claim.quote_exact)}”`;
  return (
    <article
      ref={cardRef}
      className={focused ? 'claim-card claim-card-focused' : 'claim-card'}
      aria-labelledby={headingId}
      aria-current={focused ? 'true' : undefined}
      data-claim-card={claim.id}
      tabIndex={-1}
    >
      {onShowInText === undefined ? (
        <blockquote className="claim-card-quote">{quote}</blockquote>
      ) : (
        <button type="button" className="claim-card-quote claim-card-quote-button" onClick={() => onShowInText(claim.id)}>
          <span className="visually-hidden">Show in text: </span>
          {quote}
        </button>
      )}
      <h3 id={headingId} className="claim-card-text">
        {claim.claim_text}
      </h3>
      <dl className="claim-card-facts">
        {claim.claimant !== null && claim.claimant !== '' && (
          <div>
            <dt>Claimant</dt>
            <dd>{claim.claimant}</dd>
          </div>
        )}
        <div>
          <dt>Verdict</dt>
          <dd>
            <VerdictBadge verdict={verdict} />
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {claim.optimistic === true ? 'Saving…' : claimStatusLabel(claim.status)}
            {claim.quote_changed_at !== null && <span className="claim-card-flag"> · quoted words changed</span>}
          </dd>
        </div>
        {author !== undefined && (
          <div>
            <dt>By</dt>
            <dd>{author}</dd>
          </div>
        )}
      </dl>
      <div className="claim-card-actions">
        <button type="button" className="button button-quiet" onClick={() => onOpen(claim.id)}>
          Open<span className="visually-hidden"> claim: {claim.claim_text}</span>
        </button>
        {reviewer && (claim.status === 'in_review' || claim.status === 'approved') && (
          <Link to={`/review/${claim.id}`}>
            {claim.status === 'approved' ? 'Publish' : 'Review'}
            <span className="visually-hidden"> claim: {claim.claim_text}</span>
          </Link>
        )}
        {claim.published_at !== null && (claim.status === 'published' || claim.status === 'retracted') && (
          <Link to={`/p/${claim.article_id}/${claim.id}`}>
            Public page<span className="visually-hidden"> of claim: {claim.claim_text}</span>
          </Link>
        )}
      </div>
    </article>
  );
});
