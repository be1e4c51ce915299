// The inline "are you sure?" before a draft is thrown away; Keep editing is the default.
import { useEffect, useId, useRef } from 'react';

export function DiscardConfirm({
  saved,
  onConfirm,
  onCancel,
}: {
  // A saved claim keeps its saved version; only the unsaved changes go.
  saved: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const questionId = useId();
  const keepEditing = useRef<HTMLButtonElement>(null);
  useEffect(() => keepEditing.current?.focus(), []);

  return (
    <div role="group" aria-labelledby={questionId} className="claim-discard">
      <p id={questionId}>
        {saved
          ? 'Discard your unsaved changes? The saved version of this claim stays as it is.'
          : 'Discard this claim? What you wrote will be lost.'}
      </p>
      <div className="claim-actions">
        <button type="button" className="button claim-button-danger" onClick={onConfirm}>
          Yes, discard
        </button>
        <button type="button" className="button button-quiet" ref={keepEditing} onClick={onCancel}>
          Keep editing
        </button>
      </div>
    </div>
  );
}
