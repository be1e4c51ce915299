// My work's sections: claims grouped by status, the ones sent back for changes first
// (they need the checker now), then drafts, then what waits on others.

export const myWorkOrder = ['changes_requested', 'draft', 'in_review', 'approved', 'published'] as const;

export function groupByStatus<T extends { status: string }>(claims: readonly T[]) {
  const known = new Set<string>(myWorkOrder);
  const statuses = [...myWorkOrder, ...new Set(claims.map((claim) => claim.status).filter((s) => !known.has(s)))];
  return statuses
    .map((status) => ({ status, claims: claims.filter((claim) => claim.status === status) }))
    .filter((group) => group.claims.length > 0);
}
