// Selectors from a checker's selection on the seed article: the quote, 32 characters of context
// cut at the text's edges, and which selections may become a claim at all.
import { describe, expect, it } from 'vitest';
import { describeRange, isAnchorableRange, quoteContextLength } from './selectors';
import { seedText } from './seed-text.test-support';

describe('describeRange', () => {
  const quote = 'the most illegal immigrant arrests in a single day';
  const start = seedText.indexOf(quote);

  it('stores the quote with 32 characters before and after it', () => {
    expect(describeRange(seedText, start, start + quote.length)).toEqual({
      exact: quote,
      prefix: seedText.slice(start - quoteContextLength, start),
      suffix: seedText.slice(start + quote.length, start + quote.length + quoteContextLength),
      start,
      end: start + quote.length,
    });
    expect(describeRange(seedText, start, start + quote.length).prefix).toBe('d Customs Enforcement (ICE) carried out '.slice(-32));
  });

  it.each([
    { name: 'the first words', start: 0, end: 13, prefix: '', suffix: seedText.slice(13, 45) },
    { name: 'words near the start', start: 14, end: 27, prefix: seedText.slice(0, 14), suffix: seedText.slice(27, 59) },
    {
      name: 'the last words',
      start: seedText.length - 'he added.'.length,
      end: seedText.length,
      prefix: seedText.slice(seedText.length - 9 - 32, seedText.length - 9),
      suffix: '',
    },
    { name: 'words near the end', start: seedText.length - 20, end: seedText.length - 10, prefix: seedText.slice(-52, -20), suffix: seedText.slice(-10) },
  ])('cuts the context at the text edge for $name', ({ start, end, prefix, suffix }) => {
    const anchor = describeRange(seedText, start, end);
    expect(anchor).toEqual({ exact: seedText.slice(start, end), prefix, suffix, start, end });
    expect(anchor.prefix.length).toBeLessThanOrEqual(quoteContextLength);
    expect(anchor.suffix.length).toBeLessThanOrEqual(quoteContextLength);
  });

  it.each([
    { start: -1, end: 4 },
    { start: 4, end: seedText.length + 1 },
    { start: 5, end: 4 },
    { start: 1.5, end: 4 },
  ])('refuses [$start, $end), which is not a range of the text', ({ start, end }) => {
    expect(() => describeRange(seedText, start, end)).toThrow(RangeError);
  });
});

describe('isAnchorableRange', () => {
  const paragraphBreak = seedText.indexOf('\n\n');

  it.each([
    { name: 'a sentence', start: 0, end: 60, anchorable: true },
    { name: 'a single letter', start: 0, end: 1, anchorable: true },
    { name: 'the whole article', start: 0, end: seedText.length, anchorable: true },
    { name: 'words across a paragraph break', start: paragraphBreak - 5, end: paragraphBreak + 5, anchorable: true },
    { name: 'an empty range', start: 10, end: 10, anchorable: false },
    { name: 'a reversed range', start: 10, end: 5, anchorable: false },
    { name: 'only a paragraph break', start: paragraphBreak, end: paragraphBreak + 2, anchorable: false },
    { name: 'only a space', start: seedText.indexOf(' '), end: seedText.indexOf(' ') + 1, anchorable: false },
    { name: 'a range starting before the text', start: -3, end: 10, anchorable: false },
    { name: 'a range ending after the text', start: seedText.length - 5, end: seedText.length + 1, anchorable: false },
    { name: 'fractional offsets', start: 0.5, end: 10, anchorable: false },
  ])('says $anchorable for $name', ({ start, end, anchorable }) => {
    expect(isAnchorableRange(seedText, start, end)).toBe(anchorable);
  });

  it('refuses anything on an empty article', () => {
    expect(isAnchorableRange('', 0, 0)).toBe(false);
    expect(isAnchorableRange(' \n\t ', 0, 4)).toBe(false);
  });
});
