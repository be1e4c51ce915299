// What the text and the cards share about a published claim: its number on the page, its
// verdict's label and colour, and the element ids the two link to each other by.
import type { CSSProperties } from 'react';
import { claimFragment } from '../../../lib/claim-review/build-claim-review';

export interface ClaimMarker {
  number: number;
  label: string;
  style: CSSProperties | undefined;
}

const hexColor = /^#[0-9a-f]{6}$/i;

export function verdictStyle(color: string | undefined): CSSProperties | undefined {
  return color !== undefined && hexColor.test(color) ? ({ ['--verdict-color' as string]: color } as CSSProperties) : undefined;
}

// The card's id is the fragment the ClaimReview's url points at.
export function claimCardId(claimId: string): string {
  return claimFragment(claimId);
}

export function claimLabelId(claimId: string): string {
  return `${claimFragment(claimId)}-in-text`;
}
