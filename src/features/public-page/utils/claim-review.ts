// Builds the schema.org ClaimReview (https://schema.org/ClaimReview) of one fact-check page,
// from the claim's publications (what went out, never the claim row being corrected), the
// article it was found in and the newsroom that checked it. Pure: the page passes in rows it
// already fetched. Property by property, after Google's fact-check documentation:
// - required: claimReviewed (the claim text in full: a cut claim could say what was not
//   rated), reviewRating (alternateName, with the 1..5 scale when the verdict has a value),
//   url (this claim's own page: a page with several ClaimReviews is not eligible);
// - recommended: author (the newsroom as an Organization), datePublished (the first
//   publication), itemReviewed (a Claim with its author, datePublished and appearance).
// dateModified is added only once a correction was published: it then always means "this
// fact-check was corrected", never just restates datePublished. Both are ISO 8601 date-times
// (schema.org allows Date or DateTime) so a same-day correction still shows as later.
// firstAppearance is left out: the checker records where the claim was made, not whether it
// was the first place, and the claim's appearance says what is known.
// A retracted fact-check has no ClaimReview: its verdict is withdrawn.
import { claimReviewedText } from '../../../lib/claim-review/build-claim-review';
import type { Publication } from './publication';

export interface ClaimReviewInput {
  // The claim's publications, oldest first (revision 1..n).
  revisions: readonly Publication[];
  article: {
    title: string;
    url: string | null;
    // The article's publication date (YYYY-MM-DD as PostgREST sends it).
    publishedAt: string | null;
  };
  // The absolute URL of the claim's own public page.
  pageUrl: string;
  organization: { name: string; url: string; logo: string | null };
}

interface Party {
  '@type': 'Person' | 'Organization';
  name: string;
}

export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  author: { '@type': 'Organization'; name: string; url: string; logo?: string };
  datePublished: string;
  dateModified?: string;
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: Party;
    datePublished?: string;
    appearance?: { '@type': 'CreativeWork'; url: string; headline?: string };
  };
}

// The verdicts table's scale: 5 = true, 1 = false.
const bestRating = 5;
const worstRating = 1;

// A calendar date (YYYY-MM-DD), as a date column comes, or the UTC day of a timestamp.
function isoDate(value: string | null): string | undefined {
  if (value === null) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

function isoDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`"${value}" is not a date.`);
  return date.toISOString();
}

function httpUrl(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : null;
}

export function buildClaimReview(input: ClaimReviewInput): ClaimReview | null {
  const first = input.revisions[0];
  const latest = input.revisions.at(-1);
  if (first === undefined || latest === undefined || latest.kind === 'retraction' || latest.verdict === null) return null;
  const { article, organization } = input;

  const reviewRating: ClaimReview['reviewRating'] = { '@type': 'Rating', alternateName: latest.verdict.label };
  const value = latest.verdict.ratingValue;
  if (value !== null && value >= worstRating && value <= bestRating) {
    reviewRating.ratingValue = value;
    reviewRating.bestRating = bestRating;
    reviewRating.worstRating = worstRating;
  }

  const itemReviewed: ClaimReview['itemReviewed'] = { '@type': 'Claim' };
  if (latest.claimant !== null) {
    itemReviewed.author = { '@type': latest.claimantKind === 'organization' ? 'Organization' : 'Person', name: latest.claimant };
  }
  const claimDate = isoDate(latest.claimDate) ?? isoDate(article.publishedAt);
  if (claimDate !== undefined) itemReviewed.datePublished = claimDate;
  const claimUrl = httpUrl(latest.claimAppearanceUrl);
  const articleUrl = httpUrl(article.url);
  if (claimUrl !== null) itemReviewed.appearance = { '@type': 'CreativeWork', url: claimUrl };
  else if (articleUrl !== null) itemReviewed.appearance = { '@type': 'CreativeWork', url: articleUrl, headline: article.title };

  const corrected = input.revisions.some((revision) => revision.kind === 'correction');
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: input.pageUrl,
    claimReviewed: claimReviewedText(latest.claimText),
    author: {
      '@type': 'Organization',
      name: organization.name,
      url: organization.url,
      ...(organization.logo === null ? {} : { logo: organization.logo }),
    },
    datePublished: isoDateTime(first.publishedAt),
    ...(corrected ? { dateModified: isoDateTime(latest.publishedAt) } : {}),
    reviewRating,
    itemReviewed,
  };
}
