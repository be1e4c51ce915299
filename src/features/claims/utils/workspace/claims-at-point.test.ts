// @vitest-environment happy-dom
// Which claims a click or hover in the article lands on, overlapping ones included.
import { describe, expect, it } from 'vitest';
import { claimIdsAt } from './claims-at-point';

describe('claimIdsAt', () => {
  it('lists every claim whose highlight contains the point, innermost first, and stops at the editor', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p data-claim-id="outside-the-editor"><span data-claim-id="a">seven <span data-claim-id="b"><b>showed up</b></span></span></p>';
    const paragraph = root.querySelector('p')!;
    const bold = root.querySelector('b')!;
    expect(claimIdsAt(bold, paragraph)).toEqual(['b', 'a']);
    expect(claimIdsAt(root.querySelector('[data-claim-id="a"]'), paragraph)).toEqual(['a']);
    expect(claimIdsAt(paragraph, paragraph)).toEqual([]);
    expect(claimIdsAt(null, paragraph)).toEqual([]);
  });
});
