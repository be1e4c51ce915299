// Highlights on the seed article: a claim is marked only where its offsets still hold its words.
import { describe, expect, it } from 'vitest';
import { parseSeedArticle } from '../../../../stack/seed/seed-article';
import fixture from '../../../../tests/fixtures/seed-article.txt?raw';
import { publishedHighlights } from './published-highlights';

const { bodyText } = parseSeedArticle(fixture);
const quote = 'a minimum of 3,000 arrests for ICE every day';
const start = bodyText.indexOf(quote);

describe('publishedHighlights', () => {
  const cases = [
    { name: 'marks a claim whose offsets hold its words', claim: { start_offset: start, end_offset: start + quote.length }, marked: true },
    { name: 'skips a claim without offsets', claim: { start_offset: null, end_offset: null }, marked: false },
    { name: 'skips a claim whose words have moved', claim: { start_offset: start + 1, end_offset: start + quote.length + 1 }, marked: false },
    { name: 'skips offsets past the end of the text', claim: { start_offset: bodyText.length + 5, end_offset: bodyText.length + 49 }, marked: false },
  ];

  it.each(cases)('$name', ({ claim, marked }) => {
    const highlights = publishedHighlights(bodyText, [{ id: 'miller', quote_exact: quote, ...claim }]);
    expect(highlights).toEqual(marked ? [{ claimId: 'miller', start, end: start + quote.length }] : []);
  });
});
