// claimReviewed as claims made in the seed article give it (in full, on one line) and JSON
// that cannot end its <script>. The ClaimReview itself is tested with the public page's
// builder (src/features/public-page/utils/claim-review.test.ts).
import { describe, expect, it } from 'vitest';
import { parseSeedArticle } from '../../../stack/seed/seed-article';
import fixture from '../../../tests/fixtures/seed-article.txt?raw';
import { claimReviewedText, serializeJsonLd } from './build-claim-review';

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

describe('serializeJsonLd', () => {
  const hostile = `${millerQuote}</script><script>alert(1)</script><!--`;
  const review = { '@type': 'ClaimReview', claimReviewed: hostile, itemReviewed: { author: { name: 'Miller </script>&' } } };
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
