// What the claim form and the public fact-check page share about schema.org ClaimReview
// (https://schema.org/ClaimReview): claimReviewed as the checker's claim text in one line,
// how much of it a search result shows, and JSON serialised safely for a
// <script type="application/ld+json"> element. The ClaimReview itself is built from a
// claim's publications by the public page (src/features/public-page/utils/claim-review.ts).

// Google shows about the first 75 characters of claimReviewed in a result; the claim form
// counts them for the checker, and claimReviewed is the checker's claim text in full: a cut
// claim could say something the checker did not rate.
export const claimReviewedShownLength = 75;

// The claim text as one line: the article's line breaks and runs of spaces collapsed.
export function claimReviewedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// JSON for the inside of a <script> element. "<" is escaped so a claim containing
// "</script>" or "<!--" cannot end the element early; ">" and "&" follow for HTML parsers'
// sake, and U+2028/U+2029 because older JavaScript parsers treat them as line ends.
// Every escape is valid JSON, so JSON.parse gives back the original strings.
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
