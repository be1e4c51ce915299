// My work's sections: claims grouped by status, the ones sent back for changes first
// (they need the checker now), then drafts, then what waits on others, then any other status
// (a retracted claim, say) in the order met.

export const myWorkOrder = ['changes_requested', 'draft', 'in_review', 'approved', 'published'] as const;

/** The statuses given, each once, in My work's order. */
export function orderStatuses(statuses: readonly string[]): string[] {
  const known = new Set<string>(myWorkOrder);
  return [...myWorkOrder.filter((status) => statuses.includes(status)), ...new Set(statuses.filter((status) => !known.has(status)))];
}
