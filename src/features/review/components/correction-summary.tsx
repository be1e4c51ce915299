// Above a correction under review: which publication it corrects, what readers see now, and
// the public note that will be published with it. The editor approves the correction as a
// whole, note included.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { formatDateTime } from '../../../lib/format-date';
import type { ReviewClaim } from '../api/get-review-claim';
import { publicationQueries } from '../api/publication-queries';

export function CorrectionSummary({ claim }: { claim: ReviewClaim }) {
  const headingId = useId();
  const published = useQuery(publicationQueries.latest(claim.id));
  if (claim.corrector_id === null) return null;
  const current = published.data;
  return (
    <section aria-labelledby={headingId} className="review-correction">
      <h2 id={headingId}>A correction of a published fact-check</h2>
      {current ? (
        <p>
          Readers see the version published on <time dateTime={current.published_at}>{formatDateTime(current.published_at)}</time>
          {current.verdict_label !== null && <>, rated {current.verdict_label}</>}, until this correction is published.
          {current.claim_text !== claim.claim_text && <> Its claim then read: “{current.claim_text}”.</>}
        </p>
      ) : (
        published.isError && <p>The published version could not be loaded: {published.error.message}</p>
      )}
      <p>
        <strong>Correction note (published with it):</strong> {claim.correction_note ?? 'None yet'}
      </p>
    </section>
  );
}
