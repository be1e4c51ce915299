// What the claim panel edits, how it starts (from a selection or a saved claim) and how it
// becomes the save_claim payload. Kept as plain strings so a draft can live in localStorage.
import type { ClaimPayload, SourcePayload } from '../../api/save-claim';
import type { ClaimantKind, ClaimWithSources, SourceStance } from '../../api/claim-types';

// The passage a claim quotes: the W3C TextQuoteSelector plus its position in body_text.
// Structurally the anchoring module's TextAnchor, with null offsets for an unanchored claim.
export type ClaimQuote = {
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
};

export type SourceFormValues = {
  // Generated in the browser for a new source (save_claim inserts it under this id), so the
  // form can tell its rows apart and the next save updates the same rows.
  id: string;
  url: string;
  title: string;
  publisher: string;
  stance: SourceStance;
  quote: string;
  accessedOn: string | null;
};

export type ClaimFormValues = {
  claimText: string;
  claimant: string;
  claimantKind: ClaimantKind;
  // When and where the claim was made, when not the article ('' for unknown).
  claimDate: string;
  appearanceUrl: string;
  verdictId: string;
  rationale: string;
  sources: SourceFormValues[];
  // The public note of a correction of a published claim; null for a claim that is no correction.
  correctionNote: string | null;
};

export const claimantKinds: { value: ClaimantKind; label: string }[] = [
  { value: 'person', label: 'A person' },
  { value: 'organization', label: 'An organisation' },
];

export const sourceStances: { value: SourceStance; label: string }[] = [
  { value: 'supports', label: 'Supports the claim' },
  { value: 'refutes', label: 'Refutes the claim' },
  { value: 'context', label: 'Gives context' },
];

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptySource(): SourceFormValues {
  return {
    id: crypto.randomUUID(),
    url: '',
    title: '',
    publisher: '',
    // The neutral choice until the checker says the source supports or refutes the claim.
    stance: 'context',
    quote: '',
    accessedOn: today(),
  };
}

export function valuesForNewClaim(quote: ClaimQuote): ClaimFormValues {
  return {
    claimText: quote.exact,
    claimant: '',
    claimantKind: 'person',
    claimDate: '',
    appearanceUrl: '',
    verdictId: '',
    rationale: '',
    sources: [],
    correctionNote: null,
  };
}

export function quoteOfClaim(claim: ClaimWithSources): ClaimQuote {
  return {
    exact: claim.quote_exact,
    prefix: claim.quote_prefix,
    suffix: claim.quote_suffix,
    start: claim.start_offset,
    end: claim.end_offset,
  };
}

export function valuesOfClaim(claim: ClaimWithSources): ClaimFormValues {
  return {
    claimText: claim.claim_text,
    claimant: claim.claimant ?? '',
    claimantKind: claim.claimant_kind === 'organization' ? 'organization' : 'person',
    claimDate: claim.claim_date ?? '',
    appearanceUrl: claim.claim_appearance_url ?? '',
    verdictId: claim.verdict_id ?? '',
    rationale: claim.rationale ?? '',
    sources: claim.sources.map((source) => ({
      id: source.id,
      url: source.url,
      title: source.title ?? '',
      publisher: source.publisher ?? '',
      stance: source.stance as SourceStance,
      quote: source.quote ?? '',
      accessedOn: source.accessed_on,
    })),
    correctionNote: claim.corrector_id ? (claim.correction_note ?? '') : null,
  };
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function sourcePayloadOf(source: SourceFormValues): SourcePayload {
  return {
    id: source.id,
    url: source.url.trim(),
    title: optional(source.title),
    publisher: optional(source.publisher),
    quote: optional(source.quote),
    stance: source.stance,
    accessed_on: source.accessedOn,
  };
}

export function claimPayloadOf({
  claimId,
  articleId,
  quote,
  values,
  baseVersion,
}: {
  claimId: string;
  articleId: string;
  quote: ClaimQuote;
  values: ClaimFormValues;
  baseVersion: number | null;
}): { claim: ClaimPayload; sources: SourcePayload[] } {
  return {
    claim: {
      id: claimId,
      article_id: articleId,
      quote_exact: quote.exact,
      quote_prefix: quote.prefix,
      quote_suffix: quote.suffix,
      start_offset: quote.start,
      end_offset: quote.end,
      claim_text: values.claimText.trim(),
      claimant: optional(values.claimant),
      claimant_kind: values.claimantKind,
      claim_date: optional(values.claimDate),
      claim_appearance_url: optional(values.appearanceUrl),
      ...(values.correctionNote === null ? {} : { correction_note: optional(values.correctionNote) }),
      verdict_id: values.verdictId === '' ? null : values.verdictId,
      rationale: values.rationale.trim() === '' ? null : values.rationale,
      ...(baseVersion === null ? {} : { version: baseVersion }),
    },
    sources: values.sources.map(sourcePayloadOf),
  };
}
