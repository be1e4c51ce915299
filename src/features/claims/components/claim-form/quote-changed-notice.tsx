// Shown on a claim past draft that a correction of the article's text re-quoted onto words
// that differ from the ones it quoted: the checker or an editor confirms the claim still
// stands on them (or edits it). The database decides who may confirm and says so.
import { ErrorAlert } from '../../../../components/error-alert';
import type { Claim } from '../../api/claim-types';
import { useConfirmQuote } from '../../hooks/claim-form/use-confirm-quote';

export function QuoteChangedNotice({ claim }: { claim: Claim }) {
  const confirmation = useConfirmQuote();
  if (claim.quote_changed_at === null) return null;
  return (
    <div className="claim-quote-changed" role="status">
      <p>
        <strong>Quoted words changed.</strong> A correction of the article’s text moved this claim onto “{claim.quote_exact}”.
        Check that the claim and its verdict still stand on these words.
      </p>
      <button
        type="button"
        className="button button-quiet"
        disabled={confirmation.isPending}
        onClick={() => confirmation.mutate({ claimId: claim.id, expectedVersion: claim.version })}
      >
        {confirmation.isPending ? 'Confirming…' : 'Confirm the quote'}
      </button>
      {confirmation.isError && <ErrorAlert title={`The quote was not confirmed: ${confirmation.error.message}`} />}
    </div>
  );
}
