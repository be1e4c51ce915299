// Shown above the form of a correction being written: readers still see the published
// version; Discard correction puts the claim back as it was published (after asking).
import { useState } from 'react';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { ErrorAlert } from '../../../../components/error-alert';
import type { ClaimWithSources } from '../../api/claim-types';
import { useDiscardCorrection } from '../../hooks/claim-form/use-correction';

export function CorrectionNotice({ claim, onDiscarded }: { claim: ClaimWithSources; onDiscarded: () => void }) {
  const discarding = useDiscardCorrection();
  const [asking, setAsking] = useState(false);
  return (
    <div className="claim-correction-notice" role="note">
      <p>
        <strong>Correcting a published fact-check.</strong> Readers keep seeing the published version until this correction
        is approved by another editor and published.
      </p>
      <button type="button" className="button button-quiet" disabled={discarding.isPending} onClick={() => setAsking(true)}>
        {discarding.isPending ? 'Discarding…' : 'Discard correction'}
      </button>
      {discarding.isError && <ErrorAlert title={`The correction was not discarded: ${discarding.error.message}`} />}
      <ConfirmDialog
        open={asking}
        title="Discard this correction?"
        confirmLabel="Discard correction"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          discarding.mutate({ claimId: claim.id, expectedVersion: claim.version }, { onSuccess: onDiscarded });
        }}
      >
        <p>The claim goes back to its published version, sources included.</p>
      </ConfirmDialog>
    </div>
  );
}
