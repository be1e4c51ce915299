// A verdict draft's problems and warnings, on the demo newsroom's scale.
import { describe, expect, it } from 'vitest';
import { colourWarning, verdictProblems, type ScaleVerdict, type VerdictDraft } from './verdict-problems';

const scale: ScaleVerdict[] = [
  { id: 'true', label: 'True', color: '#15803d' },
  { id: 'false', label: 'False', color: '#b91c1c' },
];

const good: VerdictDraft = { label: 'Needs context', description: 'Accurate but missing context.', rating: '3', colour: '#6d28d9' };

describe('verdictProblems', () => {
  const cases: { name: string; draft: Partial<VerdictDraft>; expected: Record<string, RegExp> }[] = [
    { name: 'a complete draft has none', draft: {}, expected: {} },
    { name: 'an empty label', draft: { label: '   ' }, expected: { label: /Enter a label/ } },
    { name: 'a label already in the scale, in another case', draft: { label: ' false ' }, expected: { label: /already has “False”/ } },
    { name: 'a label over 100 characters', draft: { label: 'x'.repeat(101) }, expected: { label: /100 characters/ } },
    { name: 'a description over 1,000 characters', draft: { description: 'x'.repeat(1001) }, expected: { description: /1000 characters/ } },
    { name: 'a rating outside 1 to 5', draft: { rating: '7' }, expected: { rating: /1 \(false\) to 5 \(true\)/ } },
    { name: 'no rating is allowed', draft: { rating: '' }, expected: {} },
    { name: 'a colour that is not a colour', draft: { colour: 'red' }, expected: { colour: /six hexadecimal digits/ } },
    { name: 'an upper-case colour is accepted', draft: { colour: '#6D28D9' }, expected: {} },
    { name: 'a colour too pale to read on white', draft: { colour: '#facc15' }, expected: { colour: /1\.5:1 contrast on white; readers need 4\.5:1/ } },
  ];
  it.each(cases)('$name', ({ draft, expected }) => {
    const problems = verdictProblems({ ...good, ...draft }, scale);
    expect(Object.keys(problems).sort()).toEqual(Object.keys(expected).sort());
    for (const [field, pattern] of Object.entries(expected)) expect(problems[field as keyof typeof problems]).toMatch(pattern);
  });

  it('lets a verdict keep its own label when the scale it is checked against leaves it out', () => {
    expect(verdictProblems({ ...good, label: 'False' }, scale.filter((verdict) => verdict.id !== 'false'))).toEqual({});
  });
});

describe('colourWarning', () => {
  it('warns when the colour is close to another verdict\'s', () => {
    expect(colourWarning('#b31d1d', scale)).toBe('Readers may not tell this colour from “False”.');
  });
  it('says nothing for a distinct colour, or one that is already a problem', () => {
    expect(colourWarning('#1d4ed8', scale)).toBeNull();
    expect(colourWarning('nope', scale)).toBeNull();
  });
});
