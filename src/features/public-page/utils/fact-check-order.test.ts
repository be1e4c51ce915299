// An article's fact-checks in reading order: by their words' place, then by first publication.
import { describe, expect, it } from 'vitest';
import { readingOrder } from './fact-check-order';

describe('readingOrder', () => {
  const a = { claimId: 'a', firstPublishedAt: '2026-06-03T00:00:00Z' };
  const b = { claimId: 'b', firstPublishedAt: '2026-06-01T00:00:00Z' };
  const c = { claimId: 'c', firstPublishedAt: '2026-06-02T00:00:00Z' };
  const d = { claimId: 'd', firstPublishedAt: '2026-06-01T00:00:00Z' };

  it('puts placed fact-checks by their place, then the others by first publication', () => {
    expect(readingOrder([a, b, c, d], new Map([['a', 10], ['c', 5]])).map((f) => f.claimId)).toEqual(['c', 'a', 'b', 'd']);
  });

  it('orders by first publication when nothing is placed', () => {
    expect(readingOrder([a, c, b], new Map()).map((f) => f.claimId)).toEqual(['b', 'c', 'a']);
  });
});
