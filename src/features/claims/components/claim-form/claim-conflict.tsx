// Shown when the claim was saved by someone else since it was opened: the user's changes
// stay on this device until they choose between the latest version and their own.
import { useId } from 'react';

export function ClaimConflict({
  busy,
  onReload,
  onReapply,
}: {
  busy: boolean;
  onReload: () => void;
  onReapply: () => void;
}) {
  const titleId = useId();
  return (
    <div role="alert" className="claim-conflict" aria-labelledby={titleId}>
      <p id={titleId} className="claim-conflict-title">
        This claim changed since you opened it
      </p>
      <p>
        Someone else saved it while you were editing. Your changes are kept on this device until you
        choose: load the latest version and drop your changes, or save your changes on top of it.
      </p>
      <div className="claim-actions">
        <button type="button" className="button button-quiet" disabled={busy} onClick={onReload}>
          Reload it
        </button>
        <button type="button" className="button button-quiet" disabled={busy} onClick={onReapply}>
          Re-apply my changes
        </button>
      </div>
    </div>
  );
}
