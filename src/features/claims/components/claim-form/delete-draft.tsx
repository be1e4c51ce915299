// "Delete draft" for the author of a draft never submitted: asks first (the claim, its
// sources and comments go; its history stays with a "deleted" entry), then closes the panel.
// The database refuses a claim that was ever submitted and says so.
import { useState } from 'react';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { ErrorAlert } from '../../../../components/error-alert';
import type { ClaimWithSources } from '../../api/claim-types';
import { useClaimDeletion } from '../../hooks/claim-form/use-claim-withdrawal';

export function DeleteDraft({ claim, onDeleted }: { claim: ClaimWithSources; onDeleted: () => void }) {
  const deletion = useClaimDeletion();
  const [asking, setAsking] = useState(false);
  if (claim.status !== 'draft') return null;
  return (
    <div className="claim-delete">
      <button type="button" className="button button-quiet" disabled={deletion.isPending} onClick={() => setAsking(true)}>
        {deletion.isPending ? 'Deleting…' : 'Delete draft'}
      </button>
      {deletion.isError && <ErrorAlert title={`The draft was not deleted: ${deletion.error.message}`} />}
      <ConfirmDialog
        open={asking}
        title="Delete this draft?"
        confirmLabel="Delete draft"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          deletion.mutate(claim.id, { onSuccess: onDeleted });
        }}
      >
        <p>
          The claim “{claim.claim_text}”, its sources and its comments are deleted. Its history keeps a record that you
          deleted it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
