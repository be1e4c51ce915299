// Totals of the count rows by status, by verdict (no verdict included), by both and overall.
import { describe, expect, it } from 'vitest';
import { countClaims } from './count-claims';

const rows = [
  { status: 'draft', verdict_id: null, claims: 2 },
  { status: 'draft', verdict_id: 'true', claims: 1 },
  { status: 'published', verdict_id: 'true', claims: 4 },
  { status: 'retracted', verdict_id: 'false', claims: 3 },
];

describe('countClaims', () => {
  it('adds up every row without a filter', () => {
    expect(countClaims(rows)).toBe(10);
  });

  it('filters by status, by verdict and by both', () => {
    expect(countClaims(rows, { status: 'draft' })).toBe(3);
    expect(countClaims(rows, { verdictId: 'true' })).toBe(5);
    expect(countClaims(rows, { verdictId: null })).toBe(2);
    expect(countClaims(rows, { status: 'published', verdictId: 'true' })).toBe(4);
    expect(countClaims(rows, { status: 'approved' })).toBe(0);
  });
});
