// Adds up the count rows that match a list's filter: a status, a verdict (null: no verdict
// yet), both or neither.
export interface ClaimCountFilter {
  status?: string;
  verdictId?: string | null;
}

export function countClaims(
  rows: readonly { status: string | null; verdict_id: string | null; claims: number | null }[],
  filter: ClaimCountFilter = {},
): number {
  return rows
    .filter((row) => filter.status === undefined || row.status === filter.status)
    .filter((row) => filter.verdictId === undefined || row.verdict_id === filter.verdictId)
    .reduce((sum, row) => sum + (row.claims ?? 0), 0);
}
