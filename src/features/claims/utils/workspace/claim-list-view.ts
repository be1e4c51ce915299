// What the side panel shows: the claims in reading order (by where they are anchored now,
// not where they were stored), narrowed by the reader's filters, and the claims whose
// words can no longer be found, which are listed apart and never filtered away.
export interface ClaimFilters {
  status: string;
  /** A verdict id, 'none' for claims without a verdict, or 'all'. */
  verdict: string;
  mineOnly: boolean;
}

export const noFilters: ClaimFilters = { status: 'all', verdict: 'all', mineOnly: false };

interface ListableClaim {
  id: string;
  status: string;
  verdict_id: string | null;
  created_by: string | null;
}

export interface ClaimListView<T> {
  anchored: T[];
  shown: T[];
  unanchored: T[];
  total: number;
}

export function claimListView<T extends ListableClaim>(
  claims: readonly T[],
  starts: ReadonlyMap<string, number>,
  filters: ClaimFilters,
  userId: string | null,
): ClaimListView<T> {
  const anchored = claims
    .filter((claim) => starts.has(claim.id))
    .sort((a, b) => (starts.get(a.id) ?? 0) - (starts.get(b.id) ?? 0));
  const shown = anchored.filter(
    (claim) =>
      (filters.status === 'all' || claim.status === filters.status) &&
      (filters.verdict === 'all' ||
        (filters.verdict === 'none' ? claim.verdict_id === null : claim.verdict_id === filters.verdict)) &&
      (!filters.mineOnly || (userId !== null && claim.created_by === userId)),
  );
  const unanchored = claims.filter((claim) => !starts.has(claim.id));
  return { anchored, shown, unanchored, total: claims.length };
}

export function claimCountsLabel(total: number, shown: number): string {
  const claims = total === 1 ? '1 claim' : `${total} claims`;
  return `${claims} · ${shown} shown`;
}
