import { describe, expect, it } from 'vitest';
import { newsroomNameProblem, slugFromName, slugProblem } from './newsroom-fields';

describe('newsroomNameProblem', () => {
  it.each([
    ['Harbour Gazette', undefined],
    ['  ', 'Enter the newsroom’s name, as readers know it.'],
    ['x'.repeat(200), undefined],
    ['x'.repeat(201), 'Keep the name to 200 characters or fewer.'],
  ])('%j → %j', (name, expected) => {
    expect(newsroomNameProblem(name)).toBe(expected);
  });
});

describe('slugProblem', () => {
  const shape = 'Use lowercase letters, digits and single hyphens, with no hyphen at the start or end.';
  it.each([
    ['harbour', undefined],
    ['harbour-gazette-2', undefined],
    ['', 'Enter a slug: the short name used in addresses, like harbour-gazette.'],
    ['h', 'Use 2 to 63 characters.'],
    ['a'.repeat(64), 'Use 2 to 63 characters.'],
    ['Harbour', shape],
    ['harbour--gazette', shape],
    ['-harbour', shape],
    ['harbour gazette', shape],
    ['café', shape],
  ])('%j → %j', (slug, expected) => {
    expect(slugProblem(slug)).toBe(expected);
  });
});

describe('slugFromName', () => {
  it.each([
    ['Harbour Gazette', 'harbour-gazette'],
    ['  Le Décodeur — Québec ', 'le-decodeur-quebec'],
    ['Fact Check #1!', 'fact-check-1'],
    ['Ελληνικά', ''],
    ['a'.repeat(70), 'a'.repeat(63)],
  ])('%j → %j', (name, expected) => {
    expect(slugFromName(name)).toBe(expected);
  });
});
