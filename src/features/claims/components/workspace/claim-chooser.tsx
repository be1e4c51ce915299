// Clicking where several claims overlap offers every one of them; choosing one focuses its
// card. Takes focus when it opens, gives it back to the article on Escape and closes when
// focus moves elsewhere.
import { useEffect, useRef } from 'react';
import type { Verdict } from '../../../../entities/verdicts/api/get-verdicts';
import type { ClaimListItem } from '../../api/claim-types';
import type { PointPlacement } from './claim-tooltip';
import './workspace.css';

export function ClaimChooser({
  placement,
  claims,
  verdicts,
  onChoose,
  onClose,
  onDismiss,
}: {
  placement: PointPlacement;
  claims: ReadonlyMap<string, ClaimListItem>;
  verdicts: ReadonlyMap<string, Verdict>;
  onChoose: (claimId: string) => void;
  /** Escape or Close: focus goes back to the article. */
  onClose: () => void;
  /** Focus went elsewhere: close without moving it. */
  onDismiss: () => void;
}) {
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    firstRef.current?.focus();
  }, [placement]);

  const shown = placement.claimIds.flatMap((id) => claims.get(id) ?? []);
  return (
    <div
      role="group"
      aria-labelledby="claim-chooser-title"
      className="claim-chooser"
      style={{ top: placement.top, left: placement.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
      onBlur={(event) => {
        // Closes once focus leaves the choice (a click elsewhere, or Tab past its last button).
        if (!event.currentTarget.contains(event.relatedTarget)) onDismiss();
      }}
    >
      <p id="claim-chooser-title" className="claim-chooser-title">
        {shown.length} claims here
      </p>
      <ul>
        {shown.map((claim, index) => (
          <li key={claim.id}>
            <button
              ref={index === 0 ? firstRef : undefined}
              type="button"
              className="claim-chooser-option"
              onClick={() => onChoose(claim.id)}
            >
              {claim.claim_text}
              <span className="claim-chooser-verdict">
                {' · '}
                {claim.verdict_id === null
                  ? 'No verdict yet'
                  : (verdicts.get(claim.verdict_id)?.label ?? claim.verdict_id)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-quiet" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
