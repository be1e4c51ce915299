// One ClaimReview as JSON-LD. React renders a <script>'s children as its text, and the JSON is
// escaped by serializeJsonLd, so nothing in a claim can close the element or run as code.
import { serializeJsonLd } from '../../../lib/claim-review/build-claim-review';
import type { ClaimReview } from '../utils/claim-review';

export function ClaimReviewScript({ review }: { review: ClaimReview }) {
  return <script type="application/ld+json">{serializeJsonLd(review)}</script>;
}
