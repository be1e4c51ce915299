// How a fact-check's corrections and retraction read: dated, with the note, and the verdict
// change spelled out when there was one.
import { describe, expect, it } from 'vitest';
import { datedHeading, revisionNotes, verdictChange } from './publication-history';
import type { Publication } from './publication';

const first: Publication = {
  id: 1,
  claimId: 'c1',
  articleId: 'a1',
  newsroomId: 'n1',
  revision: 1,
  kind: 'publication',
  claimText: 'Arrests hit a record.',
  claimant: null,
  claimantKind: 'person',
  claimDate: null,
  claimAppearanceUrl: null,
  quoteExact: 'record',
  quoteSentence: null,
  verdict: { label: 'Half true', color: null, ratingValue: 3 },
  rationale: null,
  sources: [],
  note: null,
  publishedAt: '2026-06-01T09:00:00Z',
};
const corrected: Publication = { ...first, id: 2, revision: 2, kind: 'correction', verdict: { label: 'False', color: null, ratingValue: 1 }, note: 'ICE published its figures.', publishedAt: '2026-06-03T10:00:00Z' };
const reworded: Publication = { ...corrected, id: 3, revision: 3, note: 'A typo in the claim.', publishedAt: '2026-06-04T10:00:00Z' };
const retracted: Publication = { ...reworded, id: 4, revision: 4, kind: 'retraction', verdict: null, note: 'Wrong claimant.', publishedAt: '2026-06-05T23:30:00Z' };

describe('datedHeading', () => {
  const cases = [
    { kind: 'publication', at: '2026-06-01T09:00:00Z', expected: 'Published on 1 June 2026' },
    { kind: 'correction', at: '2026-06-03T10:00:00Z', expected: 'Corrected on 3 June 2026' },
    { kind: 'retraction', at: '2026-06-05T23:30:00Z', expected: 'Retracted on 5 June 2026' },
  ] as const;

  it.each(cases)('$expected', ({ kind, at, expected }) => {
    expect(datedHeading(kind, at, 'en-GB')).toBe(expected);
  });

  it('follows the reader\'s locale', () => {
    expect(datedHeading('correction', '2026-06-03T10:00:00Z', 'en-US')).toBe('Corrected on June 3, 2026');
  });
});

describe('verdictChange', () => {
  it('spells out a changed verdict', () => {
    expect(verdictChange(first, corrected)).toBe('The verdict was changed from Half true to False');
  });

  it('says nothing when the verdict stayed, or for a retraction', () => {
    expect(verdictChange(corrected, reworded)).toBeNull();
    expect(verdictChange(reworded, retracted)).toBeNull();
  });
});

describe('revisionNotes', () => {
  it('lists the corrections and the retraction newest first, each dated with its note', () => {
    expect(revisionNotes([first, corrected, reworded, retracted], 'en-GB')).toEqual([
      { revision: 4, kind: 'retraction', publishedAt: retracted.publishedAt, heading: 'Retracted on 5 June 2026', note: 'Wrong claimant.', verdictChange: null },
      { revision: 3, kind: 'correction', publishedAt: reworded.publishedAt, heading: 'Corrected on 4 June 2026', note: 'A typo in the claim.', verdictChange: null },
      {
        revision: 2,
        kind: 'correction',
        publishedAt: corrected.publishedAt,
        heading: 'Corrected on 3 June 2026',
        note: 'ICE published its figures.',
        verdictChange: 'The verdict was changed from Half true to False',
      },
    ]);
  });

  it('has nothing to say of a fact-check never corrected', () => {
    expect(revisionNotes([first])).toEqual([]);
  });
});
