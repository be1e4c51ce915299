import { describe, expect, it } from 'vitest';
import { quoteInContext } from './quote-in-context';

const text = 'First paragraph here.\n\nThe second one holds the claim, and more.\n\nThird.';

function claimOn(quote: string) {
  const start = text.indexOf(quote);
  return { quote_exact: quote, start_offset: start, end_offset: start + quote.length };
}

describe('quoteInContext', () => {
  it('returns the whole paragraph around the quote', () => {
    expect(quoteInContext(text, claimOn('holds the claim'))).toEqual({
      found: true,
      before: 'The second one ',
      quote: 'holds the claim',
      after: ', and more.',
    });
  });

  it('handles quotes at the start of the text and of the last paragraph', () => {
    expect(quoteInContext(text, claimOn('First'))).toMatchObject({ before: '', after: ' paragraph here.' });
    expect(quoteInContext(text, claimOn('Third.'))).toMatchObject({ before: '', quote: 'Third.', after: '' });
  });

  it('reports a claim without offsets, or with offsets outside the text, as not found', () => {
    expect(quoteInContext(text, { quote_exact: 'gone', start_offset: null, end_offset: null })).toEqual({
      found: false,
      quote: 'gone',
    });
    expect(quoteInContext(text, { quote_exact: 'gone', start_offset: 70, end_offset: 900 })).toMatchObject({
      found: false,
    });
  });
});
