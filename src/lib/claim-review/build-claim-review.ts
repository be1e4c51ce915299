// Builds the schema.org ClaimReview (https://schema.org/ClaimReview) that search engines and
// fact-check aggregators read from a public fact-check page, one per published claim, and
// serialises it for a <script type="application/ld+json"> element. Pure: the page passes in
// rows it already fetched and the newsroom that checked the claim.

export interface ClaimReviewInput {
  claim: {
    id: string;
    claimText: string;
    claimant: string | null;
    // When the claim was published (a timestamptz as PostgREST sends it).
    publishedAt: string | null;
  };
  verdict: { label: string; ratingValue: number | null };
  article: {
    title: string;
    url: string | null;
    // The article's publication date (a date as PostgREST sends it, YYYY-MM-DD).
    publishedAt: string | null;
  };
  // The public page of the article; the claim's fragment is added here.
  pageUrl: string;
  organization: { name: string; url: string };
  // Who the claimant is, when the checker said so; a person otherwise.
  claimantKind?: 'Person' | 'Organization';
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  url: string;
  author: { '@type': 'Organization'; name: string; url: string };
  datePublished?: string;
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    appearance?: { '@type': 'CreativeWork'; url: string; headline: string; datePublished?: string }[];
    datePublished?: string;
  };
}

// Google shows about the first 75 characters of claimReviewed in a result; the claim form
// counts them for the checker, and claimReviewed is the checker's claim text in full: a cut
// claim could say something the checker did not rate.
export const claimReviewedShownLength = 75;

// The scale's ends: 5 = true, 1 = false (the verdicts table's rating_value).
const bestRating = 5;
const worstRating = 1;

// The claim text as one line: the article's line breaks and runs of spaces collapsed.
export function claimReviewedText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The calendar date of a timestamp or date, in UTC (schema.org Date, ISO 8601).
function isoDate(value: string | null): string | undefined {
  if (value === null) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

export function claimFragment(claimId: string): string {
  return `claim-${claimId}`;
}

export function buildClaimReview(input: ClaimReviewInput): ClaimReview {
  const { claim, verdict, article, organization } = input;
  const claimant = claim.claimant?.trim() ?? '';
  const articleDate = isoDate(article.publishedAt);
  const pageUrl = new URL(input.pageUrl);
  pageUrl.hash = claimFragment(claim.id);

  const reviewRating: ClaimReview['reviewRating'] = { '@type': 'Rating', alternateName: verdict.label };
  if (verdict.ratingValue !== null) {
    reviewRating.ratingValue = verdict.ratingValue;
    reviewRating.bestRating = bestRating;
    reviewRating.worstRating = worstRating;
  }

  const itemReviewed: ClaimReview['itemReviewed'] = { '@type': 'Claim' };
  if (claimant !== '') itemReviewed.author = { '@type': input.claimantKind ?? 'Person', name: claimant };
  if (article.url !== null && article.url.trim() !== '') {
    itemReviewed.appearance = [
      {
        '@type': 'CreativeWork',
        url: article.url.trim(),
        headline: article.title,
        ...(articleDate === undefined ? {} : { datePublished: articleDate }),
      },
    ];
  }
  if (articleDate !== undefined) itemReviewed.datePublished = articleDate;

  const datePublished = isoDate(claim.publishedAt);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claimReviewedText(claim.claimText),
    reviewRating,
    url: pageUrl.href,
    author: { '@type': 'Organization', name: organization.name, url: organization.url },
    ...(datePublished === undefined ? {} : { datePublished }),
    itemReviewed,
  };
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
