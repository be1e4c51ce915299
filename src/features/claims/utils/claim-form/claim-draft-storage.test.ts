// @vitest-environment happy-dom
// Drafts on this device: one per claim or passage, read back exactly, never a crash on junk.
import { beforeEach, describe, expect, it } from 'vitest';
import { claimDraftKey, readClaimDraft, removeClaimDraft, writeClaimDraft, type ClaimDraft } from './claim-draft-storage';
import { emptySource } from './claim-form-values';

const draft: ClaimDraft = {
  claimId: '5f0c6f3e-1111-4111-8111-111111111111',
  baseVersion: null,
  savedAt: '2026-11-28T05:00:00.000Z',
  values: {
    claimText: 'What was typed',
    claimant: 'Someone',
    claimantKind: 'organization',
    claimDate: '2025-11-14',
    appearanceUrl: 'https://example.org/briefing',
    verdictId: 'false',
    rationale: '<p>Because</p>',
    sources: [{ ...emptySource(), url: 'notaurl' }],
    correctionNote: 'The figures were revised.',
  },
};

beforeEach(() => localStorage.clear());

describe('claim drafts in localStorage', () => {
  it('keeps one draft per article and claim, or per selected passage for a new claim', () => {
    expect(claimDraftKey('a1', { claimId: 'c1' })).toBe('factmark:claim-draft:a1:c1');
    expect(claimDraftKey('a1', { start: 10, end: 42 })).toBe('factmark:claim-draft:a1:new:10-42');
    expect(claimDraftKey('a2', { start: 10, end: 42 })).not.toBe(claimDraftKey('a1', { start: 10, end: 42 }));
  });

  it('gives back exactly what was written, invalid values included', () => {
    const key = claimDraftKey('a1', { start: 1, end: 2 });
    expect(writeClaimDraft(localStorage, key, draft)).toBe(true);
    expect(readClaimDraft(localStorage, key)).toEqual(draft);
  });

  it('reads a draft kept before the claimant kind, date, appearance and correction note existed', () => {
    const key = claimDraftKey('a1', { claimId: 'c1' });
    const { claimantKind: _kind, claimDate: _date, appearanceUrl: _url, correctionNote: _note, ...older } = draft.values;
    localStorage.setItem(key, JSON.stringify({ ...draft, values: older }));
    expect(readClaimDraft(localStorage, key)?.values).toEqual({
      ...older,
      claimantKind: 'person',
      claimDate: '',
      appearanceUrl: '',
      correctionNote: null,
    });
  });

  it('is gone once removed', () => {
    const key = claimDraftKey('a1', { claimId: 'c1' });
    writeClaimDraft(localStorage, key, draft);
    removeClaimDraft(localStorage, key);
    expect(readClaimDraft(localStorage, key)).toBeNull();
  });

  it('ignores what is not a draft instead of failing', () => {
    localStorage.setItem('broken', '{not json');
    localStorage.setItem('other', JSON.stringify({ claimId: 1, values: {} }));
    expect(readClaimDraft(localStorage, 'broken')).toBeNull();
    expect(readClaimDraft(localStorage, 'other')).toBeNull();
    expect(readClaimDraft(localStorage, 'missing')).toBeNull();
  });

  it('says so when the browser refuses to store it', () => {
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(writeClaimDraft(full, 'key', draft)).toBe(false);
  });
});
