// A claim's place in the review workflow (claims.status) and the words every page uses for it.
export const claimStatuses = ['draft', 'in_review', 'changes_requested', 'approved', 'published', 'retracted'] as const;

export type ClaimStatus = (typeof claimStatuses)[number];

export const claimStatusLabels: Record<ClaimStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
  retracted: 'Retracted',
};

export function claimStatusLabel(status: string): string {
  return claimStatusLabels[status as ClaimStatus] ?? status;
}
