// The row shown while a save is on its way, and where it goes in the article's claim list.
import { describe, expect, it } from 'vitest';
import type { ClaimListItem } from '../../api/claim-types';
import { optimisticClaim, upsertClaim } from './optimistic-claims';

function claim(id: string, start: number | null): ClaimListItem {
  return { id, start_offset: start, end_offset: start === null ? null : start + 5 } as ClaimListItem;
}

const payload = {
  id: 'new',
  article_id: 'a1',
  quote_exact: 'words',
  quote_prefix: '',
  quote_suffix: '',
  start_offset: 30,
  end_offset: 35,
  claim_text: 'Claim',
  claimant: null,
  verdict_id: 'false',
  rationale: null,
};

describe('optimisticClaim', () => {
  it("shows a new claim as the user's draft, marked optimistic, with its sources", () => {
    const row = optimisticClaim({
      claim: payload,
      sources: [{ id: 's1', url: 'https://example.org', title: null, publisher: null, quote: null, stance: 'context', accessed_on: null }],
      previous: undefined,
      userId: 'u1',
    });
    expect(row).toMatchObject({ id: 'new', status: 'draft', created_by: 'u1', version: 1, verdict_id: 'false', optimistic: true });
    expect(row.sources).toMatchObject([{ id: 's1', claim_id: 'new', url: 'https://example.org', created_by: 'u1' }]);
  });

  it('keeps the status, author and version of a claim being updated', () => {
    const previous = { ...claim('new', 30), status: 'in_review', created_by: 'author', version: 3, sources: [] };
    const row = optimisticClaim({ claim: { ...payload, version: 3 }, sources: [], previous, userId: 'editor' });
    expect(row).toMatchObject({ status: 'in_review', created_by: 'author', version: 3, claim_text: 'Claim' });
  });
});

describe('upsertClaim', () => {
  it('inserts a claim in reading order, unanchored claims last', () => {
    const list = [claim('a', 10), claim('b', 50), claim('orphan', null)];
    expect(upsertClaim(list, claim('new', 30)).map((row) => row.id)).toEqual(['a', 'new', 'b', 'orphan']);
  });

  it('replaces the claim with the same id instead of adding a second one', () => {
    const list = [claim('a', 10), claim('b', 50)];
    const updated = { ...claim('a', 60), claim_text: 'changed' };
    expect(upsertClaim(list, updated).map((row) => [row.id, row.start_offset])).toEqual([
      ['b', 50],
      ['a', 60],
    ]);
  });
});
