// The order an article's fact-checks are read in: where their words stand in the article,
// then (for those whose place is not known: a correction being written, a retraction) by
// when each was first published.

export interface OrderableFactCheck {
  claimId: string;
  firstPublishedAt: string;
}

export function readingOrder<T extends OrderableFactCheck>(factChecks: readonly T[], positions: ReadonlyMap<string, number>): T[] {
  return [...factChecks].sort((a, b) => {
    const at = positions.get(a.claimId);
    const bt = positions.get(b.claimId);
    if (at !== undefined && bt !== undefined && at !== bt) return at - bt;
    if (at !== undefined && bt === undefined) return -1;
    if (at === undefined && bt !== undefined) return 1;
    return Date.parse(a.firstPublishedAt) - Date.parse(b.firstPublishedAt) || a.claimId.localeCompare(b.claimId);
  });
}
