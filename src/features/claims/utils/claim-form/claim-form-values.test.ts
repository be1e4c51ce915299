// How form values become the save_claim payload and come back from a saved claim.
import { describe, expect, it } from 'vitest';
import type { ClaimWithSources } from '../../api/claim-types';
import { claimPayloadOf, emptySource, valuesForNewClaim, valuesOfClaim } from './claim-form-values';

const quote = { exact: 'the quoted words', prefix: 'before ', suffix: ' after', start: 7, end: 23 };

describe('claimPayloadOf', () => {
  it('sends a new claim without a version, with blank optional fields as null', () => {
    const values = { ...valuesForNewClaim(quote), claimText: '  The claim  ', rationale: '' };
    const { claim, sources } = claimPayloadOf({ claimId: 'c1', articleId: 'a1', quote, values, baseVersion: null });
    expect(claim).toEqual({
      id: 'c1',
      article_id: 'a1',
      quote_exact: 'the quoted words',
      quote_prefix: 'before ',
      quote_suffix: ' after',
      start_offset: 7,
      end_offset: 23,
      claim_text: 'The claim',
      claimant: null,
      claimant_kind: 'person',
      claim_date: null,
      claim_appearance_url: null,
      verdict_id: null,
      rationale: null,
    });
    expect(sources).toEqual([]);
  });

  it('sends the correction note of a correction, and says who made the claim, when and where', () => {
    const values = {
      ...valuesForNewClaim(quote),
      claimant: 'Ministry',
      claimantKind: 'organization' as const,
      claimDate: '2025-11-14',
      appearanceUrl: ' https://example.org/briefing ',
      correctionNote: '  The figures were revised.  ',
    };
    const { claim } = claimPayloadOf({ claimId: 'c1', articleId: 'a1', quote, values, baseVersion: 4 });
    expect(claim).toMatchObject({
      claimant: 'Ministry',
      claimant_kind: 'organization',
      claim_date: '2025-11-14',
      claim_appearance_url: 'https://example.org/briefing',
      correction_note: 'The figures were revised.',
      version: 4,
    });
  });

  it('sends the version it read for an existing claim, and every source with its id', () => {
    const source = { ...emptySource(), url: ' https://example.org/a ', title: 'A', stance: 'refutes' as const };
    const values = { ...valuesForNewClaim(quote), verdictId: 'false', rationale: '<p>Why</p>', sources: [source] };
    const { claim, sources } = claimPayloadOf({ claimId: 'c1', articleId: 'a1', quote, values, baseVersion: 4 });
    expect(claim.version).toBe(4);
    expect(claim.verdict_id).toBe('false');
    expect(claim.rationale).toBe('<p>Why</p>');
    expect(sources).toEqual([
      {
        id: source.id,
        url: 'https://example.org/a',
        title: 'A',
        publisher: null,
        quote: null,
        stance: 'refutes',
        accessed_on: source.accessedOn,
      },
    ]);
  });
});

describe('valuesOfClaim', () => {
  it('turns a saved claim back into form values', () => {
    const claim = {
      claim_text: 'Text',
      claimant: null,
      claimant_kind: 'person',
      claim_date: null,
      claim_appearance_url: null,
      corrector_id: null,
      correction_note: null,
      verdict_id: 'true',
      rationale: null,
      sources: [
        {
          id: 's1',
          url: 'https://example.org',
          title: null,
          publisher: 'P',
          quote: null,
          stance: 'supports',
          accessed_on: '2025-06-05',
        },
      ],
    } as unknown as ClaimWithSources;
    expect(valuesOfClaim(claim)).toEqual({
      claimText: 'Text',
      claimant: '',
      claimantKind: 'person',
      claimDate: '',
      appearanceUrl: '',
      correctionNote: null,
      verdictId: 'true',
      rationale: '',
      sources: [
        {
          id: 's1',
          url: 'https://example.org',
          title: '',
          publisher: 'P',
          stance: 'supports',
          quote: '',
          accessedOn: '2025-06-05',
        },
      ],
    });
  });
});
