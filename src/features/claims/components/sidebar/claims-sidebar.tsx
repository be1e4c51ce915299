// The side panel: the article's claims in reading order with filters and counts, then the
// claims whose words can no longer be found (Unanchored), always listed with their quote.
// Focusing a card scrolls the panel just enough to show it, so the reader keeps their place.
// The list is derived once per change of claims, anchors or filters, and the cards are
// memoised, so re-rendering the panel (a focus, a form opening) does not redo a thousand cards.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Verdict } from '../../../../entities/verdicts/api/get-verdicts';
import type { ClaimListItem } from '../../api/claim-types';
import type { AnchoredRange } from '../../hooks/workspace/use-claim-anchors';
import { claimCountsLabel, claimListView, noFilters } from '../../utils/workspace/claim-list-view';
import { ClaimCard } from './claim-card';
import { ClaimFilters } from './claim-filters';
import './sidebar.css';

export interface CardFocusRequest {
  claimId: string;
  /** Bumped on every request, so asking for the same card again scrolls to it again. */
  count: number;
}

export function ClaimsSidebar({
  claims,
  ranges,
  verdicts,
  userId,
  reviewer,
  names,
  focusRequest,
  onShowInText,
  onOpen,
}: {
  claims: readonly ClaimListItem[];
  ranges: ReadonlyMap<string, AnchoredRange>;
  verdicts: readonly Verdict[];
  userId: string | null;
  /** Whether the viewer reviews and publishes in the article's newsroom (an editor or admin). */
  reviewer: boolean;
  names: ReadonlyMap<string, string>;
  focusRequest: CardFocusRequest | null;
  onShowInText: (claimId: string) => void;
  onOpen: (claimId: string) => void;
}) {
  const [filters, setFilters] = useState(noFilters);
  const listRef = useRef<HTMLDivElement>(null);
  const view = useMemo(() => {
    const starts = new Map([...ranges].map(([id, range]) => [id, range.start]));
    return claimListView(claims, starts, filters, userId);
  }, [claims, ranges, filters, userId]);
  const verdictById = useMemo(() => new Map(verdicts.map((verdict) => [verdict.id, verdict])), [verdicts]);

  // A highlight clicked for a claim the filters hide shows every claim again, so its card can
  // take the focus (adjusted while rendering, as React recommends for state that follows a prop).
  const [answeredRequest, setAnsweredRequest] = useState(focusRequest);
  if (focusRequest !== answeredRequest) {
    setAnsweredRequest(focusRequest);
    if (focusRequest !== null && filters !== noFilters && !view.shown.some((claim) => claim.id === focusRequest.claimId)) {
      setFilters(noFilters);
    }
  }

  // A card asked for may still be being built (the list renders in a transition): it is
  // focused as soon as it is there.
  const pendingFocus = useRef<CardFocusRequest | null>(null);
  useEffect(() => {
    if (focusRequest !== null) pendingFocus.current = focusRequest;
  }, [focusRequest]);
  useEffect(() => {
    const request = pendingFocus.current;
    const list = listRef.current;
    if (request === null || list === null) return;
    const card = list.querySelector<HTMLElement>(`[data-claim-card="${CSS.escape(request.claimId)}"]`);
    if (card === null) return;
    pendingFocus.current = null;
    // 'nearest' moves the panel only as far as needed, so the article stays where it was read.
    card.scrollIntoView({ block: 'nearest' });
    card.focus({ preventScroll: true });
  }, [focusRequest, view]);

  const cardFor = (claim: ClaimListItem, anchored: boolean) => (
    <li key={claim.id}>
      <ClaimCard
        claim={claim}
        verdict={claim.verdict_id === null ? undefined : verdictById.get(claim.verdict_id)}
        author={claim.created_by === null ? undefined : names.get(claim.created_by)}
        focused={focusRequest?.claimId === claim.id}
        reviewer={reviewer}
        onShowInText={anchored ? onShowInText : undefined}
        onOpen={onOpen}
      />
    </li>
  );

  return (
    <section className="claims-sidebar" aria-labelledby="claims-sidebar-title">
      <div className="claims-sidebar-head">
        <h2 id="claims-sidebar-title">Claims</h2>
        <p className="meta" role="status">
          {claimCountsLabel(view.total, view.shown.length)}
        </p>
        <ClaimFilters filters={filters} verdicts={verdicts} onChange={setFilters} />
      </div>
      <div className="claims-sidebar-list" ref={listRef}>
        {view.shown.length > 0 ? (
          <ul className="claim-cards" aria-label="Claims in reading order">
            {view.shown.map((claim) => cardFor(claim, true))}
          </ul>
        ) : (
          <p className="meta">
            {view.anchored.length === 0 ? 'No claims in the text yet. Select words to add one.' : 'No claim matches these filters.'}
          </p>
        )}
        {view.unanchored.length > 0 && (
          <section className="unanchored" aria-labelledby="unanchored-title">
            <h3 id="unanchored-title">Unanchored</h3>
            <p className="meta">These claims' words can no longer be found in the text.</p>
            <ul className="claim-cards">{view.unanchored.map((claim) => cardFor(claim, false))}</ul>
          </section>
        )}
      </div>
    </section>
  );
}
