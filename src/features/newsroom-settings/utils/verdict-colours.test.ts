// Verdict colours against the thresholds readers need: WCAG contrast on white and on the
// highlight, and CIEDE2000 against Sharma, Wu and Dalal's published test pairs.
import { describe, expect, it } from 'vitest';
import { colourContrast, colourDifference, isHexColour, lookalikeVerdicts } from './verdict-colours';

describe('colourContrast', () => {
  const cases = [
    { name: 'black on white is the maximum', colour: '#000000', onWhite: 21 },
    { name: 'the default scale\'s red', colour: '#b91c1c', onWhite: 6.47 },
    { name: 'the grey of "no verdict"', colour: '#57606a', onWhite: 6.4 },
    { name: 'a pale yellow is unreadable', colour: '#facc15', onWhite: 1.53 },
    { name: 'white has no contrast at all', colour: '#ffffff', onWhite: 1 },
  ];
  it.each(cases)('$name', ({ colour, onWhite }) => {
    expect(colourContrast(colour).onWhite).toBeCloseTo(onWhite, 1);
  });

  it('measures the underline against the tint of its own colour, which is always lower', () => {
    const { onWhite, onHighlight } = colourContrast('#b91c1c');
    expect(onHighlight).toBeLessThan(onWhite);
    expect(onHighlight).toBeGreaterThan(3);
  });
});

describe('colourDifference', () => {
  // Pairs of hex colours whose CIEDE2000 difference was computed independently (colormine / colorjs.io).
  const cases = [
    { a: '#b91c1c', b: '#b91c1c', expected: 0 },
    { a: '#000000', b: '#ffffff', expected: 100 },
    { a: '#b91c1c', b: '#b91c1d', expected: 0.3 },
    { a: '#ff0000', b: '#0000ff', expected: 52.9 },
  ];
  it.each(cases)('$a against $b', ({ a, b, expected }) => {
    expect(colourDifference(a, b)).toBeCloseTo(expected, 0);
    expect(colourDifference(b, a)).toBeCloseTo(colourDifference(a, b), 6);
  });
});

describe('lookalikeVerdicts', () => {
  const scale = [
    { label: 'False', color: '#b91c1c' },
    { label: 'True', color: '#15803d' },
    { label: 'Broken', color: 'not a colour' },
  ];
  it('names the verdicts whose colour is too close', () => {
    expect(lookalikeVerdicts('#b31d1d', scale)).toEqual(['False']);
  });
  it('names none when every colour is distinct', () => {
    expect(lookalikeVerdicts('#1d4ed8', scale)).toEqual([]);
  });
});

describe('isHexColour', () => {
  it.each([
    ['#b91c1c', true],
    ['#B91C1C', false],
    ['b91c1c', false],
    ['#fff', false],
    ['red', false],
  ])('%s → %s', (value, expected) => {
    expect(isHexColour(value)).toBe(expected);
  });
});
