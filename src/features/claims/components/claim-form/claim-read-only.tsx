// A claim the user may not edit (in review, published, or someone else's), shown as text:
// the rationale through RationaleView and the sources as safe outbound links.
import { useQuery } from '@tanstack/react-query';
import { ExternalLink } from '../../../../components/external-link';
import { verdictQueries } from '../../../../entities/verdicts/api/verdict-queries';
import type { ClaimWithSources } from '../../api/claim-types';
import { sourceStances } from '../../utils/claim-form/claim-form-values';
import { claimStatusLabel } from '../../../../entities/claim-status/claim-status';
import { RationaleView } from './rationale-view';

function whyReadOnly(claim: ClaimWithSources): string {
  if (claim.status === 'draft' || claim.status === 'changes_requested') {
    return 'Only its author can edit this claim.';
  }
  return `This claim is ${claimStatusLabel(claim.status).toLowerCase()}, so it cannot be edited here.`;
}

export function ClaimReadOnly({ claim, newsroomId, onClose }: { claim: ClaimWithSources; newsroomId: string; onClose: () => void }) {
  const verdicts = useQuery(verdictQueries.scale(newsroomId));
  const verdict = verdicts.data?.find((candidate) => candidate.id === claim.verdict_id);

  return (
    <div className="claim-read-only">
      <p className="claim-field-hint">
        Status: {claimStatusLabel(claim.status)}. {whyReadOnly(claim)}
      </p>
      <figure className="claim-quote">
        <figcaption>Quote</figcaption>
        <blockquote>{claim.quote_exact}</blockquote>
      </figure>
      <dl className="claim-details">
        <dt>Claim</dt>
        <dd>{claim.claim_text}</dd>
        <dt>Claimant</dt>
        <dd>{claim.claimant ?? 'Not given'}</dd>
        <dt>Verdict</dt>
        <dd>{claim.verdict_id === null ? 'No verdict yet' : (verdict?.label ?? claim.verdict_id)}</dd>
        <dt>Rationale</dt>
        <dd>{claim.rationale ? <RationaleView html={claim.rationale} /> : 'None yet'}</dd>
      </dl>
      <h3 className="claim-sources-title">Sources</h3>
      {claim.sources.length === 0 ? (
        <p>No sources yet.</p>
      ) : (
        <ul className="claim-source-list">
          {claim.sources.map((source) => {
            return (
              <li key={source.id}>
                <ExternalLink href={source.url}>{source.title ?? source.url}</ExternalLink>
                {source.publisher && <> · {source.publisher}</>}
                {' · '}
                {sourceStances.find((stance) => stance.value === source.stance)?.label ?? source.stance}
                {source.quote && <blockquote>{source.quote}</blockquote>}
              </li>
            );
          })}
        </ul>
      )}
      <div className="claim-actions">
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
