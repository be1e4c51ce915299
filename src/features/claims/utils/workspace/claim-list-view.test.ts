// The side panel's ordering, filters and Unanchored list.
import { describe, expect, it } from 'vitest';
import { claimCountsLabel, claimListView, noFilters } from './claim-list-view';

const claims = [
  { id: 'late', status: 'draft', verdict_id: 'false', created_by: 'me' },
  { id: 'early', status: 'published', verdict_id: null, created_by: 'you' },
  { id: 'lost', status: 'draft', verdict_id: 'false', created_by: 'me' },
  { id: 'middle', status: 'in_review', verdict_id: 'true', created_by: 'you' },
];
const starts = new Map([
  ['late', 900],
  ['early', 3],
  ['middle', 40],
]);

describe('claimListView', () => {
  it('orders anchored claims by where they are found and lists the rest as unanchored', () => {
    const view = claimListView(claims, starts, noFilters, 'me');
    expect(view.shown.map((claim) => claim.id)).toEqual(['early', 'middle', 'late']);
    expect(view.unanchored.map((claim) => claim.id)).toEqual(['lost']);
    expect(view.total).toBe(4);
  });

  it('filters by status, verdict (or none) and authorship, but never hides unanchored claims', () => {
    expect(claimListView(claims, starts, { ...noFilters, status: 'draft' }, 'me').shown.map((c) => c.id)).toEqual([
      'late',
    ]);
    expect(claimListView(claims, starts, { ...noFilters, verdict: 'none' }, 'me').shown.map((c) => c.id)).toEqual([
      'early',
    ]);
    const mine = claimListView(claims, starts, { ...noFilters, mineOnly: true }, 'me');
    expect(mine.shown.map((c) => c.id)).toEqual(['late']);
    expect(mine.unanchored.map((c) => c.id)).toEqual(['lost']);
    expect(claimListView(claims, starts, { ...noFilters, mineOnly: true }, null).shown).toEqual([]);
  });
});

describe('claimCountsLabel', () => {
  it('says how many claims there are and how many the filters show', () => {
    expect(claimCountsLabel(12, 3)).toBe('12 claims · 3 shown');
    expect(claimCountsLabel(1, 1)).toBe('1 claim · 1 shown');
  });
});
