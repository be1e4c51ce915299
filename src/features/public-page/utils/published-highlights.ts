// Which published claims the public page highlights. Only a claim whose stored offsets still
// cover its quoted words is marked; one without offsets, or whose words have moved since, is
// still listed with its card but gets no highlight rather than marking the wrong words.
import type { HighlightRange } from './document-layout';

export interface AnchoredClaim {
  id: string;
  quote_exact: string;
  start_offset: number | null;
  end_offset: number | null;
}

export function publishedHighlights(bodyText: string, claims: readonly AnchoredClaim[]): HighlightRange[] {
  return claims.flatMap((claim) =>
    claim.start_offset !== null && claim.end_offset !== null && bodyText.slice(claim.start_offset, claim.end_offset) === claim.quote_exact
      ? [{ claimId: claim.id, start: claim.start_offset, end: claim.end_offset }]
      : [],
  );
}
