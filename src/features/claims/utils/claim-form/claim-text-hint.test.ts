// The claim field's hint on the seed article's claims: a count only past 75 characters.
import { describe, expect, it } from 'vitest';
import { claimTextHint } from './claim-text-hint';

describe('claimTextHint', () => {
  const cases = [
    { name: 'a short claim gets the plain hint', text: 'ICE set a goal of 3,000 arrests a day.', count: null },
    { name: 'exactly 75 characters is still within what a result shows', text: 'x'.repeat(75), count: null },
    {
      name: 'a long claim is counted',
      text: 'We are looking to set a goal of a minimum of 3,000 arrests for ICE every day, and push that up.',
      count: 95,
    },
    { name: 'line breaks count as one space, astral characters as one', text: `${'🚨'.repeat(70)}\n\n${'x'.repeat(9)}`, count: 80 },
  ];
  it.each(cases)('$name', ({ text, count }) => {
    const hint = claimTextHint(text);
    expect(hint.startsWith('The claim in your words; it starts as the quote.')).toBe(true);
    if (count === null) expect(hint).toBe('The claim in your words; it starts as the quote.');
    else expect(hint).toContain(`${count} characters: search results show about the first 75`);
  });
});
