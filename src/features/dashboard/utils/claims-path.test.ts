// Each count's list: the queue and Ready to publish for the newsroom's claims in review and
// approved, the claims list with the count's filters for everything else, and back.
import { describe, expect, it } from 'vitest';
import { claimFiltersFrom, claimsPath } from './claims-path';

describe('claimsPath', () => {
  it('sends the newsroom\'s claims in review to the queue and approved ones to Ready to publish', () => {
    expect(claimsPath({ status: 'in_review' })).toBe('/review');
    expect(claimsPath({ status: 'approved' })).toBe('/ready');
  });

  it('sends every other count to the claims list with its filters', () => {
    expect(claimsPath({})).toBe('/claims');
    expect(claimsPath({ status: 'published', verdictId: 'false' })).toBe('/claims?status=published&verdict=false');
    expect(claimsPath({ verdictId: null })).toBe('/claims?verdict=none');
    expect(claimsPath({ status: 'in_review', articleId: 'a1' })).toBe('/claims?status=in_review&article=a1');
  });
});

describe('claimFiltersFrom', () => {
  it('reads back what claimsPath wrote', () => {
    for (const filters of [{}, { status: 'draft' }, { status: 'published', verdictId: 'false' }, { verdictId: null }, { status: 'retracted', articleId: 'a1' }]) {
      const path = claimsPath(filters);
      expect(claimFiltersFrom(path.includes('?') ? path.slice(path.indexOf('?')) : '')).toEqual(filters);
    }
  });

  it('ignores empty parameters', () => {
    expect(claimFiltersFrom('?status=&verdict=')).toEqual({});
  });
});
