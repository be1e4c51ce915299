// Every status has a name on the page, the workflow's and the ones beyond it alike.
import { describe, expect, it } from 'vitest';
import { claimStatusLabel } from './claim-status';

describe('claimStatusLabel', () => {
  it('names the workflow\'s statuses and a retracted claim\'s', () => {
    expect(claimStatusLabel('in_review')).toBe('In review');
    expect(claimStatusLabel('retracted')).toBe('Retracted');
  });

  it('shows a status it does not know as it is', () => {
    expect(claimStatusLabel('archived')).toBe('archived');
  });
});
