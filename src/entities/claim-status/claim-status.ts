// A claim's place in the review workflow (claims.status) and the words every page uses for it.
export const claimStatuses = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const;

export type ClaimStatus = (typeof claimStatuses)[number];

export const claimStatusLabels: Record<ClaimStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
};

// A published claim withdrawn with a public note leaves the workflow: lists that take
// statuses as they come (the dashboard, My work) still name it.
const statusLabelsBeyondTheWorkflow: Record<string, string> = { retracted: 'Retracted' };

export function claimStatusLabel(status: string): string {
  return claimStatusLabels[status as ClaimStatus] ?? statusLabelsBeyondTheWorkflow[status] ?? status;
}
