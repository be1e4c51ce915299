import { describe, expect, it } from 'vitest';
import { verdictsForNewClaims } from './verdicts-for-new-claims';

const scale = [
  { id: 'true', retired: false },
  { id: 'half_true', retired: true },
  { id: 'false', retired: false },
];

describe('verdictsForNewClaims', () => {
  it('leaves retired verdicts out, in the scale\'s order', () => {
    expect(verdictsForNewClaims(scale).map((v) => v.id)).toEqual(['true', 'false']);
  });

  it('keeps the retired verdict a claim already has, in its place', () => {
    expect(verdictsForNewClaims(scale, 'half_true').map((v) => v.id)).toEqual(['true', 'half_true', 'false']);
  });
});
