// A claim the user may not edit (in review, published, or someone else's), shown as text:
// the rationale through RationaleView and the sources as safe outbound links.
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../../components/error-alert';
import { ExternalLink } from '../../../../components/external-link';
import { useViewer } from '../../../../entities/viewer/hooks/use-viewer';
import { verdictQueries } from '../../../../entities/verdicts/api/verdict-queries';
import type { ClaimWithSources } from '../../api/claim-types';
import { sourceStances } from '../../utils/claim-form/claim-form-values';
import { claimStatusLabel } from '../../../../entities/claim-status/claim-status';
import { useClaimWithdrawal } from '../../hooks/claim-form/use-claim-withdrawal';
import { claimantKinds } from '../../utils/claim-form/claim-form-values';
import { PublishedClaimActions } from './published-claim-actions';
import { RationaleView } from './rationale-view';

// The author may take a claim back from review until an editor decides; the panel then opens
// it for editing (and takes the focus to its heading, since the button is gone).
function WithdrawFromReview({ claim }: { claim: ClaimWithSources }) {
  const viewer = useViewer();
  const withdrawal = useClaimWithdrawal();
  if (claim.status !== 'in_review' || viewer.data?.id !== (claim.corrector_id ?? claim.created_by)) return null;
  return (
    <>
      <p className="claim-field-hint">Found a mistake? Take it back to a draft until an editor decides on it.</p>
      <button
        type="button"
        className="button button-quiet"
        disabled={withdrawal.isPending}
        onClick={() => withdrawal.mutate({ claimId: claim.id, expectedVersion: claim.version })}
      >
        {withdrawal.isPending ? 'Withdrawing…' : 'Withdraw from review'}
      </button>
      {withdrawal.isError && <ErrorAlert title={`The claim was not withdrawn: ${withdrawal.error.message}`} />}
    </>
  );
}

function whyReadOnly(claim: ClaimWithSources): string {
  if (claim.corrector_id !== null) {
    return 'An editor is correcting it; readers see the published version meanwhile.';
  }
  if (claim.status === 'retracted') return 'It was retracted: its public page shows the retraction.';
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
        <dd>
          {claim.claimant ?? 'Not given'}
          {claim.claimant !== null && ` (${claimantKinds.find((kind) => kind.value === claim.claimant_kind)?.label.toLowerCase() ?? claim.claimant_kind})`}
        </dd>
        {claim.claim_date !== null && (
          <>
            <dt>Made on</dt>
            <dd>{claim.claim_date}</dd>
          </>
        )}
        {claim.claim_appearance_url !== null && (
          <>
            <dt>Made at</dt>
            <dd>
              <ExternalLink href={claim.claim_appearance_url}>{claim.claim_appearance_url}</ExternalLink>
            </dd>
          </>
        )}
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
      <WithdrawFromReview claim={claim} />
      <PublishedClaimActions claim={claim} newsroomId={newsroomId} />
      <div className="claim-actions">
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
