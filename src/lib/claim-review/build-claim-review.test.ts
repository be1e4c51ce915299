// The ClaimReview a search engine reads for each published claim, built from claims made in
// the seed article: the required fields, the 75-character claimReviewed, verdicts with and
// without a rating, missing claimant or article URL, and JSON that cannot end its <script>.
import { describe, expect, it } from 'vitest';
import { parseSeedArticle } from '../../../stack/seed/seed-article';
import fixture from '../../../tests/fixtures/seed-article.txt?raw';
import { buildClaimReview, claimReviewedText, serializeJsonLd, type ClaimReviewInput } from './build-claim-review';

const seed = parseSeedArticle(fixture);

// A claim's words as they stand in the seed article, so the tests run on the real text.
function seedWords(words: string): string {
  if (!seed.bodyText.includes(words)) throw new Error(`"${words}" is not in the seed article`);
  return words;
}

const millerQuote = seedWords('we are looking to set a goal of a minimum of 3,000 arrests for ICE every day');
const recordArrests = seedWords(
  'United States Immigration and Customs Enforcement (ICE) carried out the most illegal immigrant arrests in a single day on Tuesday',
);
const nbcReporter = seedWords(
  'One NBC reporter saw seven illegal immigrants who showed up for a check-in in New York City get arrested by ICE.',
);

const organization = { name: 'Factmark', url: 'https://factmark.example' };
const article = {
  title: 'ICE carries out record number of immigration arrests in a single day',
  url: 'https://www.example.com/ice-record-arrests',
  publishedAt: seed.publishedAt,
};

type InputOverrides = Partial<Omit<ClaimReviewInput, 'claim'>> & { claim?: Partial<ClaimReviewInput['claim']> };

function input(overrides: InputOverrides = {}): ClaimReviewInput {
  return {
    verdict: { label: 'False', ratingValue: 1 },
    article,
    pageUrl: 'https://factmark.example/p/0b6a5e0e-1111-4c5e-9d1e-2a7d3f5c0001',
    organization,
    ...overrides,
    claim: {
      id: 'c1a1e000-0000-4000-8000-000000000001',
      claimText: millerQuote,
      claimant: 'Stephen Miller',
      publishedAt: '2025-06-06T14:30:00.000+00:00',
      ...overrides.claim,
    },
  };
}

describe('claimReviewedText', () => {
  const cases: { name: string; text: string }[] = [
    { name: 'keeps a short claim as it is', text: 'a minimum of 3,000 arrests for ICE every day' },
    { name: 'keeps Miller\'s whole goal, past the 75 characters a result shows', text: millerQuote },
    { name: 'keeps the whole record-arrests sentence', text: recordArrests },
    { name: 'keeps every astral character', text: '🚨'.repeat(80) },
  ];

  it.each(cases)('$name', ({ text }) => {
    expect(claimReviewedText(text)).toBe(text);
  });

  it('collapses line breaks and runs of spaces from the article text', () => {
    expect(claimReviewedText('  a minimum of\n\n3,000   arrests ')).toBe('a minimum of 3,000 arrests');
  });
});

describe('buildClaimReview', () => {
  it('builds every required field for Miller\'s claim with a rated verdict', () => {
    expect(buildClaimReview(input())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: millerQuote,
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
      url: 'https://factmark.example/p/0b6a5e0e-1111-4c5e-9d1e-2a7d3f5c0001#claim-c1a1e000-0000-4000-8000-000000000001',
      author: { '@type': 'Organization', name: 'Factmark', url: 'https://factmark.example' },
      datePublished: '2025-06-06',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Stephen Miller' },
        appearance: [
          {
            '@type': 'CreativeWork',
            url: 'https://www.example.com/ice-record-arrests',
            headline: 'ICE carries out record number of immigration arrests in a single day',
            datePublished: '2025-06-05',
          },
        ],
        datePublished: '2025-06-05',
      },
    });
  });

  const ratings: { verdict: ClaimReviewInput['verdict']; expected: Record<string, unknown> }[] = [
    { verdict: { label: 'True', ratingValue: 5 }, expected: { '@type': 'Rating', alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 } },
    { verdict: { label: 'Half true', ratingValue: 3 }, expected: { '@type': 'Rating', alternateName: 'Half true', ratingValue: 3, bestRating: 5, worstRating: 1 } },
    { verdict: { label: 'Misleading', ratingValue: null }, expected: { '@type': 'Rating', alternateName: 'Misleading' } },
    { verdict: { label: 'Unverifiable', ratingValue: null }, expected: { '@type': 'Rating', alternateName: 'Unverifiable' } },
  ];

  it.each(ratings)('rates "$verdict.label" with the scale only where it has a value', ({ verdict, expected }) => {
    const review = buildClaimReview(input({ verdict }));
    expect(review.reviewRating).toEqual(expected);
    expect(review.claimReviewed).not.toContain(verdict.label);
  });

  it('leaves out the claim\'s author when no claimant is known', () => {
    for (const claimant of [null, '', '   ']) {
      const review = buildClaimReview(input({ claim: { claimText: nbcReporter, claimant } }));
      expect(review.itemReviewed).not.toHaveProperty('author');
      expect(review.itemReviewed.appearance).toHaveLength(1);
    }
  });

  it('names an organisation as the claimant when told so', () => {
    const review = buildClaimReview(input({ claim: { claimant: 'NBC News' }, claimantKind: 'Organization' }));
    expect(review.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'NBC News' });
  });

  it('leaves out the appearance when the article has no URL, and dates it when it has one', () => {
    const withoutUrl = buildClaimReview(input({ article: { ...article, url: null } }));
    expect(withoutUrl.itemReviewed).not.toHaveProperty('appearance');
    expect(withoutUrl.itemReviewed.datePublished).toBe('2025-06-05');

    const undated = buildClaimReview(input({ article: { ...article, publishedAt: null } }));
    expect(undated.itemReviewed.appearance).toEqual([
      { '@type': 'CreativeWork', url: article.url, headline: article.title },
    ]);
    expect(undated.itemReviewed).not.toHaveProperty('datePublished');
  });

  it('gives the publication day in UTC whatever the offset of the timestamp', () => {
    const review = buildClaimReview(input({ claim: { publishedAt: '2025-06-06T23:30:00-07:00' } }));
    expect(review.datePublished).toBe('2025-06-07');
  });

  it('replaces a fragment already on the page URL with the claim\'s', () => {
    const review = buildClaimReview(input({ pageUrl: 'https://factmark.example/p/abc#top' }));
    expect(review.url).toBe('https://factmark.example/p/abc#claim-c1a1e000-0000-4000-8000-000000000001');
  });
});

describe('serializeJsonLd', () => {
  const hostile = `${millerQuote}</script><script>alert(1)</script><!--`;
  const review = buildClaimReview(input({ claim: { claimText: hostile, claimant: 'Miller </script>&' } }));
  const json = serializeJsonLd(review);

  it('contains no character that could end or comment out a <script> element', () => {
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the same ClaimReview', () => {
    expect(JSON.parse(json)).toEqual(review);
    expect(JSON.parse(serializeJsonLd({ text: 'line\u2028break' }))).toEqual({ text: 'line\u2028break' });
  });
});
