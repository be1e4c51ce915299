// The limits the claim form checks before sending, with the messages a user sees.
import { describe, expect, it } from 'vitest';
import { emptySource, valuesForNewClaim, type ClaimFormValues } from './claim-form-values';
import { hasErrors, isHttpUrl, quoteProblem, validateClaimForm } from './validate-claim-form';

const quote = { exact: 'Seven people were arrested.', prefix: '', suffix: '', start: 0, end: 27 };

function withSource(url: string): ClaimFormValues {
  return { ...valuesForNewClaim(quote), sources: [{ ...emptySource(), url }] };
}

describe('isHttpUrl', () => {
  it.each(['https://example.org/report', 'http://example.org', 'HTTPS://EXAMPLE.ORG/a?b#c'])('accepts %s', (url) => {
    expect(isHttpUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript://example.org/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    'example.org/report',
    'https://',
    'https:///path',
    'https://exa mple.org',
    '',
  ])('refuses %s', (url) => {
    expect(isHttpUrl(url)).toBe(false);
  });
});

describe('validateClaimForm', () => {
  it('accepts a claim prefilled from its quote, without sources', () => {
    expect(hasErrors(validateClaimForm(valuesForNewClaim(quote)))).toBe(false);
  });

  it('asks for a claim that is not blank', () => {
    const errors = validateClaimForm({ ...valuesForNewClaim(quote), claimText: '  \n ' });
    expect(errors.claimText).toBe('Say what the claim is.');
  });

  it('says by how much a claim, claimant or rationale is over the limit', () => {
    const errors = validateClaimForm({
      ...valuesForNewClaim(quote),
      claimText: 'a'.repeat(5001),
      claimant: 'b'.repeat(501),
      rationale: `<p>${'c'.repeat(20000)}</p>`,
    });
    expect(errors.claimText).toContain('5,001 characters long; the limit is 5,000. Shorten it by 1.');
    expect(errors.claimant).toContain('the limit is 500');
    expect(errors.rationale).toContain('20,007 characters long; the limit is 20,000');
  });

  it('accepts values exactly at the limits', () => {
    const values = {
      ...valuesForNewClaim(quote),
      claimText: 'a'.repeat(5000),
      rationale: `<p>${'c'.repeat(19993)}</p>`,
    };
    expect(hasErrors(validateClaimForm(values))).toBe(false);
  });

  it('counts characters as the database does, an emoji as one', () => {
    const values = { ...valuesForNewClaim(quote), claimText: '🙂'.repeat(5000) };
    expect(hasErrors(validateClaimForm(values))).toBe(false);
    expect(validateClaimForm({ ...values, claimText: '🙂'.repeat(5001) }).claimText).toContain('5,001 characters');
  });

  it('refuses a source whose address is not http(s), naming that source', () => {
    const values = withSource('javascript:alert(1)');
    const errors = validateClaimForm(values);
    expect(errors.sources[values.sources[0]!.id]?.url).toMatch(/starting with http:\/\/ or https:\/\//);
  });

  it('asks for a source address and keeps other limits on sources', () => {
    const values: ClaimFormValues = {
      ...valuesForNewClaim(quote),
      sources: [
        { ...emptySource(), url: '' },
        { ...emptySource(), url: `https://example.org/${'x'.repeat(2048)}`, title: 't'.repeat(501), quote: 'q'.repeat(5001) },
      ],
    };
    const errors = validateClaimForm(values);
    expect(errors.sources[values.sources[0]!.id]?.url).toBe('Enter the address of the source.');
    const second = errors.sources[values.sources[1]!.id];
    expect(second?.url).toContain('the limit is 2,048');
    expect(second?.title).toContain('the limit is 500');
    expect(second?.quote).toContain('the limit is 5,000');
  });
});

describe('quoteProblem', () => {
  it('accepts a quote up to 5,000 characters', () => {
    expect(quoteProblem('a'.repeat(5000))).toBeNull();
  });

  it('explains that a longer passage must be shortened', () => {
    expect(quoteProblem('a'.repeat(6200))).toBe(
      'The selected passage is 6,200 characters long; the limit is 5,000. Shorten it by 1,200. Select a shorter passage to add a claim.',
    );
  });

  it('refuses a blank passage', () => {
    expect(quoteProblem(' \n ')).not.toBeNull();
  });
});
