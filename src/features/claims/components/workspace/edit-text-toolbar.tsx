// Edit mode's controls for those allowed to correct the article's text: Edit text, then
// Save or Cancel, with a clear message when saving fails (nothing typed is lost).
import { ErrorAlert } from '../../../../components/error-alert';
import './workspace.css';

export function EditTextToolbar({
  editing,
  saving,
  error,
  onEdit,
  onSave,
  onCancel,
}: {
  editing: boolean;
  saving: boolean;
  error: Error | null;
  onEdit: () => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="edit-text-toolbar">
      {editing ? (
        <>
          <p className="meta edit-text-hint" role="status">
            Editing the article text. Highlights follow the words; saving finds every claim again.
          </p>
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
