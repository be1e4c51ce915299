// @vitest-environment happy-dom
// The Publish confirmation's excerpt of a rationale: its words, never its markup, cut at a word.
import { describe, expect, it } from 'vitest';
import { excerptLength, rationaleExcerpt } from './rationale-excerpt';

describe('rationaleExcerpt', () => {
  const long = `<p>${'ICE reported 2,200 arrests on its record day, well short of the 3,000 goal. '.repeat(8)}</p>`;
  const cases = [
    { name: 'no rationale', html: null, expected: '' },
    { name: 'markup becomes words', html: '<p>About <strong>2,000</strong> a day.</p><p>Not 3,000.</p>', expected: 'About 2,000 a day.Not 3,000.' },
    { name: 'a script is text, not code', html: '<p>Fine</p><script>alert(1)</script>', expected: 'Finealert(1)' },
  ];
  it.each(cases)('$name', ({ html, expected }) => {
    expect(rationaleExcerpt(html)).toBe(expected);
  });

  it('cuts a long rationale at a word, with an ellipsis', () => {
    const excerpt = rationaleExcerpt(long);
    expect(excerpt.length).toBeLessThanOrEqual(excerptLength + 1);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(long).toContain(excerpt.slice(0, -1).split(' ').slice(-1)[0]!);
  });
});
