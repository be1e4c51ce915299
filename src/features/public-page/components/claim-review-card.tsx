// The card of one published claim: its verdict (label and colour), what it claims, who said
// it, the rationale and the sources. Its id is the fragment the ClaimReview's url and the
// label in the text point at.
import { ExternalLink } from '../../../components/external-link';
import type { PublishedClaim, PublishedSource } from '../api/get-published-claims';
import { Rationale } from './rationale';
import { claimCardId, claimLabelId, type ClaimMarker } from './claim-marker';

const stanceLabels: Record<string, string> = {
  supports: 'Supports the claim',
  refutes: 'Refutes the claim',
  context: 'Gives context',
};

function SourceItem({ source }: { source: PublishedSource }) {
  return (
    <li className="public-source">
      <ExternalLink className="public-source-link" href={source.url}>
        {source.title?.trim() || source.url}
      </ExternalLink>
      {source.publisher?.trim() ? <span className="public-source-publisher">, {source.publisher.trim()}</span> : null}
      <span className={`public-source-stance public-source-stance-${source.stance}`}>{stanceLabels[source.stance] ?? source.stance}</span>
      {source.quote?.trim() ? <blockquote className="public-source-quote">{source.quote.trim()}</blockquote> : null}
    </li>
  );
}

export function ClaimReviewCard({ claim, marker, highlighted }: { claim: PublishedClaim; marker: ClaimMarker; highlighted: boolean }) {
  const titleId = `${claimCardId(claim.id)}-title`;
  const claimant = claim.claimant?.trim() ?? '';
  return (
    <article id={claimCardId(claim.id)} className="public-claim" aria-labelledby={titleId} tabIndex={-1} style={marker.style}>
      <p className="public-claim-verdict">
        <span className="public-claim-number">Fact-check {marker.number}</span>
        <span className="public-verdict" style={marker.style}>
          {marker.label}
        </span>
      </p>
      <h3 id={titleId} className="public-claim-text">
        {claim.claim_text}
      </h3>
      {claimant !== '' && (
        <p className="public-claim-claimant">
          Claimed by <strong>{claimant}</strong>
        </p>
      )}
      {!highlighted && (
        <p className="public-claim-flag">
          The words this fact-check rated, “{claim.quote_exact}”, are no longer in the article as it now reads: its text
          was changed after the check.
        </p>
      )}
      {highlighted && (
        <p className="public-claim-back">
          <a href={`#${claimLabelId(claim.id)}`}>
            Show <span className="visually-hidden">fact-check {marker.number} </span>in the article
          </a>
        </p>
      )}
      <Rationale html={claim.rationale} />
      {claim.sources.length > 0 && (
        <>
          <h4 className="public-claim-sources-title">Sources</h4>
          <ul className="public-sources">
            {claim.sources.map((source) => (
              <SourceItem key={source.id} source={source} />
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
