// The foot of the claim form: Save, Submit for review, Discard (with its "are you sure?") and
// Close, and the status line that says what became of the last save or of the draft.
import type { ClaimEditorView } from '../../utils/claim-form/claim-editor-flow';
import { DiscardConfirm } from './discard-confirm';

export function ClaimActions({
  view,
  confirmingDiscard,
  saved,
  onSubmit,
  onDiscard,
  onConfirmDiscard,
  onCancelDiscard,
  onClose,
}: {
  view: ClaimEditorView;
  confirmingDiscard: boolean;
  // Whether the claim has a saved version that a discard leaves in place.
  saved: boolean;
  onSubmit: () => void;
  onDiscard: () => void;
  onConfirmDiscard: () => void;
  onCancelDiscard: () => void;
  onClose: () => void;
}) {
  return (
    <>
      {confirmingDiscard ? (
        <DiscardConfirm saved={saved} onConfirm={onConfirmDiscard} onCancel={onCancelDiscard} />
      ) : (
        <div className="claim-actions">
          {view.quoteError === null && (
            <>
              {/* Saves through the form's submit, so Enter in a field saves too. */}
              <button type="submit" className="button button-primary" disabled={view.busy}>
                {view.saveLabel}
              </button>
              {view.showSubmit && (
                <button type="button" className="button button-primary" disabled={view.busy} onClick={onSubmit}>
                  Submit for review
                </button>
              )}
            </>
          )}
          <button type="button" className="button button-quiet" onClick={onDiscard}>
            Discard
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            Close
          </button>
        </div>
      )}
      <p role="status" className="claim-status">
        {view.statusText}
      </p>
    </>
  );
}
