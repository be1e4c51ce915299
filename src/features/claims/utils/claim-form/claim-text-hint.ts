// The claim field's hint: what to write, and past the 75 characters a search result shows of
// ClaimReview's claimReviewed, a gentle count. The claim is published in full either way.
import { claimReviewedShownLength, claimReviewedText } from '../../../../lib/claim-review/build-claim-review';

const baseHint = 'The claim in your words; it starts as the quote.';

export function claimTextHint(claimText: string): string {
  const length = Array.from(claimReviewedText(claimText)).length;
  if (length <= claimReviewedShownLength) return baseHint;
  return `${baseHint} ${length} characters: search results show about the first ${claimReviewedShownLength}, so put the claim's gist first.`;
}
