// What the article's text and its fact-check cards share about a claim: its number on the
// page, its verdict's label and colour, and the element ids the two link to each other by.
import type { CSSProperties } from 'react';

export interface ClaimMarker {
  number: number;
  label: string;
  style: CSSProperties | undefined;
}

const hexColor = /^#[0-9a-f]{6}$/i;

export function verdictStyle(color: string | null | undefined): CSSProperties | undefined {
  return color != null && hexColor.test(color) ? ({ ['--verdict-color' as string]: color } as CSSProperties) : undefined;
}

export function claimCardId(claimId: string): string {
  return `claim-${claimId}`;
}

export function claimLabelId(claimId: string): string {
  return `claim-${claimId}-in-text`;
}
