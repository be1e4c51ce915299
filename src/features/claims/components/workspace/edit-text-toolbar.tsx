// Edit mode's controls for those allowed to correct the article's text: Edit text, then a
// note on what changed and why (kept with the revision, and required once a claim of the
// article is past draft: readers of a checked article see it), Save or Cancel, with a clear
// message when saving fails (nothing typed is lost).
import { useId, type RefObject } from 'react';
import { ErrorAlert } from '../../../../components/error-alert';
import './workspace.css';

export function EditTextToolbar({
  editing,
  saving,
  error,
  onEdit,
  onSave,
  onCancel,
  note,
  noteRequired,
  noteProblem,
  noteRef,
  onNoteChange,
}: {
  note: string;
  noteRequired: boolean;
  noteProblem: string | null;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  onNoteChange: (note: string) => void;
  editing: boolean;
  saving: boolean;
  error: Error | null;
  onEdit: () => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const noteId = useId();
  return (
    <div className="edit-text-toolbar">
      {editing ? (
        <>
          <p className="meta edit-text-hint" role="status">
            Editing the article text. Highlights follow the words; saving finds every claim again.
          </p>
          <div className="field edit-text-note">
            <label htmlFor={noteId}>
              What changed and why{noteRequired ? ' (required: claims of this article are past draft)' : ' (optional)'}
            </label>
            <textarea
              id={noteId}
              ref={noteRef}
              rows={2}
              maxLength={2000}
              value={note}
              aria-invalid={noteProblem !== null}
              aria-describedby={noteProblem === null ? undefined : `${noteId}-problem`}
              onChange={(event) => onNoteChange(event.target.value)}
            />
            {noteProblem !== null && (
              <p id={`${noteId}-problem`} className="inline-error">
                {noteProblem}
              </p>
            )}
          </div>
          <div className="edit-text-actions">
            <button type="button" className="button button-primary" onClick={onSave} disabled={saving}>
              {saving ? 'Saving…' : 'Save text'}
            </button>
            <button type="button" className="button button-quiet" onClick={onCancel} disabled={saving}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button button-quiet" onClick={onEdit}>
          Edit text
        </button>
      )}
      {error !== null && (
        <ErrorAlert title="The text could not be saved. Your changes are still here.">
          <p>{error.message}</p>
        </ErrorAlert>
      )}
    </div>
  );
}
