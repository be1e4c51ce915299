// Re-anchoring on the real seed article: claims follow their words through edits before,
// inside and after them, repeated words are told apart by their surroundings, and claims whose
// words are gone become orphans instead of being attached somewhere else.
import { describe, expect, it } from 'vitest';
import { anchorQuote, maxErrorsFor, minFuzzyQuoteLength, type AnchorResult, type StoredAnchor } from './anchor';
import { anchorOf, seedText, splice } from './seed-text.test-support';

const sentence = 'One NBC reporter saw seven illegal immigrants who showed up for a check-in in New York City get arrested by ICE.';
const claim = anchorOf(seedText, sentence);

function anchoredText(text: string, result: AnchorResult): string {
  expect(result.status).toBe('anchored');
  return result.status === 'anchored' ? text.slice(result.start, result.end) : '';
}

describe('anchorQuote on unchanged text', () => {
  it('keeps the stored position', () => {
    expect(anchorQuote(seedText, claim)).toEqual({ status: 'anchored', start: claim.start, end: claim.end, method: 'position', score: 1 });
  });

  it('finds the quote by its text when no position was stored', () => {
    const result = anchorQuote(seedText, { ...claim, start: null, end: null });
    expect(result).toMatchObject({ status: 'anchored', start: claim.start, end: claim.end, method: 'exact' });
  });

  it('never anchors an empty quote', () => {
    expect(anchorQuote(seedText, { exact: '', prefix: '', suffix: '', start: 0, end: 0 })).toEqual({ status: 'orphan' });
  });
});

describe('anchorQuote after edits', () => {
  const inserted = 'A correction was appended to this story. ';
  const wordInQuote = claim.start + sentence.indexOf('seven');
  const cases: Array<{ name: string; text: string; method: 'position' | 'exact' | 'fuzzy'; words: string }> = [
    { name: 'an insertion before the quote', text: splice(seedText, 0, 0, inserted), method: 'exact', words: sentence },
    { name: 'an insertion just before the quote', text: splice(seedText, claim.start, 0, inserted), method: 'exact', words: sentence },
    { name: 'a deletion before the quote', text: splice(seedText, 0, 100), method: 'exact', words: sentence },
    { name: 'a replacement before the quote', text: splice(seedText, seedText.indexOf('Tuesday'), 7, 'Wednesday'), method: 'exact', words: sentence },
    { name: 'an insertion after the quote', text: splice(seedText, claim.end, 0, ' Really.'), method: 'position', words: sentence },
    { name: 'a deletion after the quote', text: splice(seedText, claim.end + 2, 200), method: 'position', words: sentence },
    { name: 'a replacement after the quote', text: splice(seedText, seedText.length - 5, 5, 'said.'), method: 'position', words: sentence },
    {
      name: 'a replacement inside the quote',
      text: splice(seedText, wordInQuote, 'seven'.length, 'eight'),
      method: 'fuzzy',
      words: sentence.replace('seven', 'eight'),
    },
    {
      name: 'an insertion inside the quote',
      text: splice(seedText, wordInQuote, 0, 'at least '),
      method: 'fuzzy',
      words: sentence.replace('seven', 'at least seven'),
    },
    {
      name: 'a deletion inside the quote',
      text: splice(seedText, wordInQuote, 'seven '.length),
      method: 'fuzzy',
      words: sentence.replace('seven ', ''),
    },
    {
      name: 'a replacement inside the quote and an insertion before it',
      text: splice(splice(seedText, wordInQuote, 'seven'.length, 'eight'), 0, 0, inserted),
      method: 'fuzzy',
      words: sentence.replace('seven', 'eight'),
    },
  ];

  it.each(cases)('follows the words through $name', ({ text, method, words }) => {
    const result = anchorQuote(text, claim);
    expect(anchoredText(text, result)).toBe(words);
    expect(result).toMatchObject({ method });
  });

  it('follows the words when the whole article around them was rewritten but the quote was kept', () => {
    const text = `Editor's note: rewritten.\n\n${sentence}\n\nThe end.`;
    expect(anchoredText(text, anchorQuote(text, claim))).toBe(sentence);
  });

  it('finds changed words far from their old position by searching the whole text', () => {
    const longInsertion = `${inserted.repeat(40)}\n\n`;
    const text = splice(splice(seedText, wordInQuote, 'seven'.length, 'eight'), 0, 0, longInsertion);
    const result = anchorQuote(text, claim);
    expect(anchoredText(text, result)).toBe(sentence.replace('seven', 'eight'));
    expect(result).toMatchObject({ method: 'fuzzy', start: claim.start + longInsertion.length });
  });

  it('ignores a stored position that no longer fits the text', () => {
    const text = seedText.slice(0, claim.end);
    expect(anchorQuote(text, { ...claim, start: claim.start + 5000, end: claim.end + 5000 })).toMatchObject({
      method: 'exact',
      start: claim.start,
    });
  });

  it('scores a fuzzy match below an exact one', () => {
    const text = splice(seedText, wordInQuote, 'seven'.length, 'eight');
    const fuzzy = anchorQuote(text, claim);
    const exact = anchorQuote(splice(seedText, 0, 0, inserted), claim);
    expect(fuzzy.status === 'anchored' && exact.status === 'anchored' && fuzzy.score < exact.score).toBe(true);
  });
});

describe('anchorQuote with repeated words', () => {
  const repeated: Array<{ quote: string; occurrences: number }> = [
    { quote: 'ICE', occurrences: 11 },
    { quote: 'ICE spokesperson', occurrences: 2 },
    { quote: 'illegal immigrants', occurrences: 2 },
    { quote: 'illegals', occurrences: 2 },
    { quote: 'The next American', occurrences: 2 },
    { quote: 'NBC News', occurrences: 3 },
  ];
  const shifted = splice(seedText, 0, 0, 'Updated. ');

  it.each(repeated)('tells the $occurrences occurrences of "$quote" apart by prefix and suffix', ({ quote, occurrences }) => {
    for (let occurrence = 0; occurrence < occurrences; occurrence += 1) {
      const stored = anchorOf(seedText, quote, occurrence);
      const expected = anchorOf(shifted, quote, occurrence);
      for (const position of [{ start: stored.start, end: stored.end }, { start: null, end: null }]) {
        expect(anchorQuote(shifted, { ...stored, ...position })).toMatchObject({
          status: 'anchored',
          start: expected.start,
          end: expected.end,
          method: 'exact',
        });
      }
    }
    expect(() => anchorOf(seedText, quote, occurrences)).toThrow();
  });

  it('prefers the occurrence nearest the old position when the surroundings agree equally', () => {
    const text = 'one two three. one two three. one two three.';
    const stored = { exact: 'one two three', prefix: '', suffix: '', start: 15, end: 28 };
    expect(anchorQuote(splice(text, 0, 0, 'x'), stored)).toMatchObject({ start: 16, method: 'exact' });
  });
});

describe('anchorQuote orphans', () => {
  it('orphans a claim whose sentence was deleted', () => {
    const text = splice(seedText, claim.start, sentence.length + 2);
    expect(anchorQuote(text, claim)).toEqual({ status: 'orphan' });
  });

  it('orphans a claim whose words were rewritten beyond the error bound', () => {
    const rewritten = 'A reporter for the network watched as several people were detained at a New York check-in.';
    const text = splice(seedText, claim.start, sentence.length, rewritten);
    expect(anchorQuote(text, claim)).toEqual({ status: 'orphan' });
  });

  it('orphans a short word removed from its place rather than moving it to another occurrence', () => {
    const stored = anchorOf(seedText, 'ICE', 0);
    const text = splice(seedText, stored.start - 1, 5, 'the agency');
    expect(seedText.slice(stored.start - 1, stored.start + 4)).toBe('(ICE)');
    expect(text.includes('ICE')).toBe(true);
    expect(anchorQuote(text, stored)).toEqual({ status: 'orphan' });
  });

  it('does not fuzzy-match a short, ambiguous quote', () => {
    const stored = anchorOf(seedText, 'Tuesday');
    expect(stored.exact.length).toBeLessThan(minFuzzyQuoteLength);
    const text = splice(seedText, stored.start, stored.exact.length, 'Tuesdays');
    expect(anchorQuote(splice(seedText, stored.start, 1, 't'), stored)).toEqual({ status: 'orphan' });
    expect(anchorQuote(text, { ...stored, start: null, end: null })).toMatchObject({ method: 'exact' });
  });

  it('orphans a quote once its changes exceed a quarter of its length', () => {
    const quote = 'At least some of the arrests appear to be the result';
    const stored = anchorOf(seedText, quote);
    const errors = maxErrorsFor(quote) + 1;
    const damaged = quote.slice(0, 10) + 'x'.repeat(errors) + quote.slice(10 + errors);
    const text = splice(seedText, stored.start, quote.length, damaged);
    expect(anchorQuote(text, stored)).toEqual({ status: 'orphan' });
  });

  it('does not trust a changed quote whose surroundings changed too', () => {
    const text = splice(seedText, claim.start, sentence.length, sentence.replace('seven illegal immigrants', 'several people'));
    const foreignContext: StoredAnchor = {
      ...claim,
      prefix: 'completely different words here.',
      suffix: 'and nothing like what follows it',
    };
    expect(anchoredText(text, anchorQuote(text, claim))).toBe(sentence.replace('seven illegal immigrants', 'several people'));
    expect(anchorQuote(text, foreignContext)).toEqual({ status: 'orphan' });
  });
});
