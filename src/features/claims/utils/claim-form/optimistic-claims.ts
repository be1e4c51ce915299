// Builds the row shown in the article's claim list while a save is on its way, and puts it
// in reading order, so the highlight and the card appear at once.
import type { ClaimListItem, ClaimWithSources, Source } from '../../api/claim-types';
import type { ClaimPayload, SourcePayload } from '../../api/save-claim';

export function optimisticClaim({
  claim,
  sources,
  previous,
  userId,
}: {
  claim: ClaimPayload;
  sources: SourcePayload[];
  previous: ClaimWithSources | undefined;
  userId: string | null;
}): ClaimListItem {
  const now = new Date().toISOString();
  const createdBy = previous ? previous.created_by : userId;
  return {
    id: claim.id,
    article_id: claim.article_id,
    quote_exact: claim.quote_exact,
    quote_prefix: claim.quote_prefix,
    quote_suffix: claim.quote_suffix,
    start_offset: claim.start_offset,
    end_offset: claim.end_offset,
    claim_text: claim.claim_text,
    claimant: claim.claimant,
    verdict_id: claim.verdict_id,
    rationale: claim.rationale,
    claimant_kind: claim.claimant_kind ?? previous?.claimant_kind ?? 'person',
    claim_date: claim.claim_date !== undefined ? claim.claim_date : (previous?.claim_date ?? null),
    claim_appearance_url:
      claim.claim_appearance_url !== undefined ? claim.claim_appearance_url : (previous?.claim_appearance_url ?? null),
    correction_note: claim.correction_note !== undefined ? claim.correction_note : (previous?.correction_note ?? null),
    corrector_id: previous?.corrector_id ?? null,
    status: previous?.status ?? 'draft',
    created_by: createdBy,
    reviewed_by: previous?.reviewed_by ?? null,
    reviewed_at: previous?.reviewed_at ?? null,
    published_at: previous?.published_at ?? null,
    quote_changed_at: previous?.quote_changed_at ?? null,
    version: previous?.version ?? 1,
    created_at: previous?.created_at ?? now,
    updated_at: now,
    sources: sources.map(
      (source): Source => ({
        id: source.id,
        claim_id: claim.id,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
        quote: source.quote,
        stance: source.stance,
        accessed_on: source.accessed_on,
        created_by: previous?.sources.find((old) => old.id === source.id)?.created_by ?? userId,
        created_at: previous?.sources.find((old) => old.id === source.id)?.created_at ?? now,
      }),
    ),
    optimistic: true,
  };
}

function readingOrder(a: ClaimWithSources, b: ClaimWithSources): number {
  if (a.start_offset === null || b.start_offset === null) {
    return (a.start_offset === null ? 1 : 0) - (b.start_offset === null ? 1 : 0);
  }
  return a.start_offset - b.start_offset || (a.end_offset ?? 0) - (b.end_offset ?? 0);
}

// Replaces the claim with the same id, or inserts it; the sort is stable, so claims that
// tie keep the server's order.
export function upsertClaim(list: readonly ClaimListItem[], row: ClaimListItem): ClaimListItem[] {
  const others = list.filter((claim) => claim.id !== row.id);
  return [...others, row].sort(readingOrder);
}
