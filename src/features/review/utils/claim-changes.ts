// What changed in a claim between the version an editor opened and the latest one, in the
// words the review view shows when a decision is refused as stale.
import { claimStatusLabel } from '../../../entities/claim-status/claim-status';

export interface ComparableClaim {
  claim_text: string;
  rationale: string | null;
  status: string;
  verdict: { label: string } | null;
}

export interface ClaimChange {
  field: 'Verdict' | 'Rationale' | 'Claim' | 'Status';
  before: string;
  after: string;
}

// Rationales are stored as HTML; the comparison shown is of their words.
function plainText(html: string | null): string {
  if (html === null) return '';
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function claimChanges(opened: ComparableClaim, latest: ComparableClaim): ClaimChange[] {
  const changes: ClaimChange[] = [];
  const verdictOf = (claim: ComparableClaim) => claim.verdict?.label ?? 'No verdict';
  if (verdictOf(opened) !== verdictOf(latest)) {
    changes.push({ field: 'Verdict', before: verdictOf(opened), after: verdictOf(latest) });
  }
  if ((opened.rationale ?? '') !== (latest.rationale ?? '')) {
    changes.push({ field: 'Rationale', before: plainText(opened.rationale), after: plainText(latest.rationale) });
  }
  if (opened.claim_text !== latest.claim_text) {
    changes.push({ field: 'Claim', before: opened.claim_text, after: latest.claim_text });
  }
  if (opened.status !== latest.status) {
    changes.push({ field: 'Status', before: claimStatusLabel(opened.status), after: claimStatusLabel(latest.status) });
  }
  return changes;
}
