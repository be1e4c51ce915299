// The browser's copy of submit_claim's rule: the statuses Submit for review is offered from,
// and what the form says is missing before it sends anything.
import { describe, expect, it } from 'vitest';
import { claimStatuses } from '../../../../entities/claim-status/claim-status';
import { emptySource, valuesForNewClaim, type ClaimFormValues } from './claim-form-values';
import { hasSubmissionProblems, isSubmittableStatus, submissionProblems } from './submission-rule';

const quote = { exact: 'Seven people were arrested.', prefix: '', suffix: '', start: 0, end: 27 };

function withSource(url: string): ClaimFormValues {
  return { ...valuesForNewClaim(quote), sources: [{ ...emptySource(), url }] };
}

describe('isSubmittableStatus', () => {
  it.each(claimStatuses.map((status) => [status, status === 'draft' || status === 'changes_requested'] as const))(
    '%s: %s',
    (status, submittable) => {
      expect(isSubmittableStatus(status)).toBe(submittable);
    },
  );
});

describe('submissionProblems', () => {
  it.each([
    ['nothing yet', valuesForNewClaim(quote), ['verdict', 'rationale', 'sources']],
    ['a rationale of empty paragraphs only', { ...withSource('https://example.org'), verdictId: 'false', rationale: '<p> </p><p></p>' }, ['rationale']],
    ['no source', { ...valuesForNewClaim(quote), verdictId: 'false', rationale: '<p>Checked.</p>' }, ['sources']],
    ['a verdict, a rationale and a source', { ...withSource('https://example.org'), verdictId: 'false', rationale: '<p>Checked.</p>' }, []],
  ] as const)('with %s, names what submit_claim would refuse', (_case, values, missing) => {
    expect(Object.keys(submissionProblems(values)).sort()).toEqual([...missing].sort());
    expect(hasSubmissionProblems(values)).toBe(missing.length > 0);
  });

  it('says what to add in the words shown next to each field', () => {
    expect(submissionProblems(valuesForNewClaim(quote))).toEqual({
      verdict: 'Choose a verdict before submitting for review.',
      rationale: 'Explain the verdict in a rationale before submitting for review.',
      sources: 'Add at least one source before submitting for review.',
    });
  });
});
