// What hovering a highlight shows: each claim under the pointer with its verdict. Pointer
// users only; the same facts are on the cards in the side panel for everyone.
import type { Verdict } from '../../../../entities/verdicts/api/get-verdicts';
import type { ClaimListItem } from '../../api/claim-types';
import './workspace.css';

export interface PointPlacement {
  claimIds: string[];
  top: number;
  left: number;
}

export function ClaimTooltip({
  placement,
  claims,
  verdicts,
}: {
  placement: PointPlacement;
  claims: ReadonlyMap<string, ClaimListItem>;
  verdicts: ReadonlyMap<string, Verdict>;
}) {
  const shown = placement.claimIds.flatMap((id) => claims.get(id) ?? []);
  if (shown.length === 0) return null;
  return (
    <div role="tooltip" className="claim-tooltip" style={{ top: placement.top, left: placement.left }}>
      {shown.map((claim) => (
        <p key={claim.id}>
          <span className="claim-tooltip-text">{claim.claim_text}</span>{' '}
          <span className="claim-tooltip-verdict">
            {claim.verdict_id === null ? 'No verdict yet' : (verdicts.get(claim.verdict_id)?.label ?? claim.verdict_id)}
          </span>
        </p>
      ))}
    </div>
  );
}
