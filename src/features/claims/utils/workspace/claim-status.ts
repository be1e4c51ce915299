// The words the workspace shows for a claim's place in the review workflow.
const statusLabels: Record<string, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
};

export const claimStatuses = Object.keys(statusLabels);

export function claimStatusLabel(status: string): string {
  return statusLabels[status] ?? status;
}
