import { describe, expect, it } from 'vitest';
import { claimChanges } from './claim-changes';

const opened = {
  claim_text: 'Seven were arrested.',
  rationale: '<p>The <strong>court</strong> records show it.</p>',
  status: 'in_review',
  verdict: { label: 'True' },
};

describe('claimChanges', () => {
  it('finds nothing when only untracked fields differ', () => {
    expect(claimChanges(opened, { ...opened })).toEqual([]);
  });

  it('lists verdict, rationale, claim and status changes in words', () => {
    expect(
      claimChanges(opened, {
        claim_text: 'Eight were arrested.',
        rationale: '<p>Records &amp; photos.</p>',
        status: 'approved',
        verdict: null,
      }),
    ).toEqual([
      { field: 'Verdict', before: 'True', after: 'No verdict' },
      { field: 'Rationale', before: 'The court records show it.', after: 'Records & photos.' },
      { field: 'Claim', before: 'Seven were arrested.', after: 'Eight were arrested.' },
      { field: 'Status', before: 'In review', after: 'Approved' },
    ]);
  });
});
