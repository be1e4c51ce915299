// The quoted words marked in their sentence, as the public pages show a third party's text.
import { describe, expect, it } from 'vitest';
import { quoteInSentence } from './quote-in-sentence';

describe('quoteInSentence', () => {
  const cases: { name: string; sentence: string | null; quote: string; expected: ReturnType<typeof quoteInSentence> }[] = [
    {
      name: 'splits the sentence around the quote',
      sentence: 'Miller said he wants a minimum of 3,000 arrests for ICE every day.',
      quote: 'a minimum of 3,000 arrests',
      expected: { before: 'Miller said he wants ', quote: 'a minimum of 3,000 arrests', after: ' for ICE every day.' },
    },
    {
      name: 'marks a quote that is the whole sentence',
      sentence: 'Arrests hit a record.',
      quote: 'Arrests hit a record.',
      expected: { before: '', quote: 'Arrests hit a record.', after: '' },
    },
    {
      name: 'marks the first place of a quote that stands twice',
      sentence: 'ICE said ICE did it.',
      quote: 'ICE',
      expected: { before: '', quote: 'ICE', after: ' said ICE did it.' },
    },
    {
      name: 'shows the quote alone when there is no sentence',
      sentence: null,
      quote: 'a record',
      expected: { before: '', quote: 'a record', after: '' },
    },
    {
      name: 'shows the quote alone rather than a sentence that does not hold it',
      sentence: 'Something else entirely.',
      quote: 'a record',
      expected: { before: '', quote: 'a record', after: '' },
    },
  ];

  it.each(cases)('$name', ({ sentence, quote, expected }) => {
    expect(quoteInSentence(sentence, quote)).toEqual(expected);
  });
});
