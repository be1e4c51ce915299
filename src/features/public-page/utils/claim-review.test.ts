// The ClaimReview of a fact-check page, property by property against Google's fact-check
// documentation (required: claimReviewed, reviewRating with alternateName, url; recommended:
// author, datePublished, itemReviewed with its author, datePublished and appearance; Rating's
// bestRating, ratingValue and worstRating) and schema.org's dateModified, for a first
// publication, a correction and a retraction.
import { describe, expect, it } from 'vitest';
import { buildClaimReview, type ClaimReview, type ClaimReviewInput } from './claim-review';
import type { Publication } from './publication';

const millerClaim = 'The administration set ICE a goal of at least 3,000 arrests every day, and said so at a White House briefing on Tuesday.';

const first: Publication = {
  id: 10,
  claimId: 'c1a1e000-0000-4000-8000-000000000001',
  articleId: 'a1a1e000-0000-4000-8000-000000000001',
  newsroomId: 'd1a1e000-0000-4000-8000-000000000001',
  revision: 1,
  kind: 'publication',
  claimText: millerClaim,
  claimant: 'Stephen Miller',
  claimantKind: 'person',
  claimDate: null,
  claimAppearanceUrl: null,
  quoteExact: 'a minimum of 3,000 arrests for ICE every day',
  quoteSentence: null,
  verdict: { label: 'Half true', color: '#9a6700', ratingValue: 3 },
  rationale: '<p>Partly.</p>',
  sources: [],
  note: null,
  publishedAt: '2026-06-01T09:15:00.000+00:00',
};

const correction: Publication = {
  ...first,
  id: 11,
  revision: 2,
  kind: 'correction',
  verdict: { label: 'False', color: '#b91c1c', ratingValue: 1 },
  note: 'ICE published its figures.',
  publishedAt: '2026-06-03T16:40:00.000+00:00',
};

const retraction: Publication = { ...correction, id: 12, revision: 3, kind: 'retraction', verdict: null, rationale: null, note: 'Wrong claimant.' };

const article = { title: 'ICE carries out record number of arrests', url: 'https://www.example.com/ice-record-arrests', publishedAt: '2025-06-05' };
const organization = { name: 'Harbour Gazette', url: 'https://harbour.example/', logo: 'https://harbour.example/logo.png' };
const pageUrl = `https://factmark.example/p/${first.articleId}/${first.claimId}`;

function build(overrides: Partial<ClaimReviewInput> = {}): ClaimReview {
  const review = buildClaimReview({ revisions: [first], article, pageUrl, organization, ...overrides });
  if (review === null) throw new Error('expected a ClaimReview');
  return review;
}

describe('buildClaimReview: every documented property of a first publication', () => {
  const review = build();
  const cases: { property: string; status: 'required' | 'recommended' | 'schema.org'; value: unknown }[] = [
    { property: '@context', status: 'required', value: 'https://schema.org' },
    { property: '@type', status: 'required', value: 'ClaimReview' },
    { property: 'url', status: 'required', value: pageUrl },
    { property: 'claimReviewed', status: 'required', value: millerClaim },
    {
      property: 'reviewRating',
      status: 'required',
      value: { '@type': 'Rating', alternateName: 'Half true', ratingValue: 3, bestRating: 5, worstRating: 1 },
    },
    {
      property: 'author',
      status: 'recommended',
      value: { '@type': 'Organization', name: 'Harbour Gazette', url: 'https://harbour.example/', logo: 'https://harbour.example/logo.png' },
    },
    { property: 'datePublished', status: 'recommended', value: '2026-06-01T09:15:00.000Z' },
    {
      property: 'itemReviewed',
      status: 'recommended',
      value: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Stephen Miller' },
        datePublished: '2025-06-05',
        appearance: { '@type': 'CreativeWork', url: article.url, headline: article.title },
      },
    },
  ];

  it.each(cases)('$property ($status)', ({ property, value }) => {
    expect(review[property as keyof ClaimReview]).toEqual(value);
  });

  it('has nothing else: no dateModified before any correction, no firstAppearance', () => {
    expect(Object.keys(review).sort()).toEqual(cases.map((c) => c.property).sort());
    expect(review.itemReviewed).not.toHaveProperty('firstAppearance');
  });

  it('keeps claimReviewed whole past the 75 characters a result shows, on one line', () => {
    expect(millerClaim.length).toBeGreaterThan(75);
    expect(build({ revisions: [{ ...first, claimText: 'A claim\nover  two lines ' }] }).claimReviewed).toBe('A claim over two lines');
  });
});

describe('buildClaimReview: what varies', () => {
  const cases: { name: string; input: Partial<ClaimReviewInput>; path: (review: ClaimReview) => unknown; expected: unknown }[] = [
    {
      name: 'an organisation as claimant is an Organization',
      input: { revisions: [{ ...first, claimant: 'ICE', claimantKind: 'organization' }] },
      path: (review) => review.itemReviewed.author,
      expected: { '@type': 'Organization', name: 'ICE' },
    },
    {
      name: 'no claimant, no itemReviewed.author',
      input: { revisions: [{ ...first, claimant: null }] },
      path: (review) => 'author' in review.itemReviewed,
      expected: false,
    },
    {
      name: 'the claim\'s own date comes before the article\'s',
      input: { revisions: [{ ...first, claimDate: '2025-06-03' }] },
      path: (review) => review.itemReviewed.datePublished,
      expected: '2025-06-03',
    },
    {
      name: 'no claim date and no article date, no itemReviewed.datePublished',
      input: { article: { ...article, publishedAt: null } },
      path: (review) => 'datePublished' in review.itemReviewed,
      expected: false,
    },
    {
      name: 'where the claim was made comes before the article',
      input: { revisions: [{ ...first, claimAppearanceUrl: 'https://www.whitehouse.gov/briefing' }] },
      path: (review) => review.itemReviewed.appearance,
      expected: { '@type': 'CreativeWork', url: 'https://www.whitehouse.gov/briefing' },
    },
    {
      name: 'neither an appearance nor an article URL, no appearance',
      input: { article: { ...article, url: null } },
      path: (review) => 'appearance' in review.itemReviewed,
      expected: false,
    },
    {
      name: 'an article URL that is not http(s) is no appearance',
      input: { article: { ...article, url: 'javascript:alert(1)' } },
      path: (review) => 'appearance' in review.itemReviewed,
      expected: false,
    },
    {
      name: 'a verdict without a rating value has only its label',
      input: { revisions: [{ ...first, verdict: { label: 'Unproven', color: null, ratingValue: null } }] },
      path: (review) => review.reviewRating,
      expected: { '@type': 'Rating', alternateName: 'Unproven' },
    },
    {
      name: 'a rating value off the 1..5 scale is left out rather than misread',
      input: { revisions: [{ ...first, verdict: { label: 'Odd', color: null, ratingValue: 9 } }] },
      path: (review) => review.reviewRating,
      expected: { '@type': 'Rating', alternateName: 'Odd' },
    },
    {
      name: 'a newsroom without a logo has none',
      input: { organization: { ...organization, logo: null } },
      path: (review) => 'logo' in review.author,
      expected: false,
    },
  ];

  it.each(cases)('$name', ({ input, path, expected }) => {
    expect(path(build(input))).toEqual(expected);
  });
});

describe('buildClaimReview: corrections and retractions', () => {
  it('after a correction: the corrected verdict and claim, first publication as datePublished, latest as dateModified', () => {
    const review = build({ revisions: [first, { ...correction, claimText: 'Corrected claim' }] });
    expect(review.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 });
    expect(review.claimReviewed).toBe('Corrected claim');
    expect(review.datePublished).toBe('2026-06-01T09:15:00.000Z');
    expect(review.dateModified).toBe('2026-06-03T16:40:00.000Z');
  });

  it('a same-day correction is still later than the publication', () => {
    const review = build({ revisions: [first, { ...correction, publishedAt: '2026-06-01T13:00:00+02:00' }] });
    expect(review.datePublished).toBe('2026-06-01T09:15:00.000Z');
    expect(review.dateModified).toBe('2026-06-01T11:00:00.000Z');
  });

  it('a retracted fact-check has no ClaimReview, nor one with no publication', () => {
    expect(buildClaimReview({ revisions: [first, correction, retraction], article, pageUrl, organization })).toBeNull();
    expect(buildClaimReview({ revisions: [first, retraction], article, pageUrl, organization })).toBeNull();
    expect(buildClaimReview({ revisions: [], article, pageUrl, organization })).toBeNull();
  });
});
