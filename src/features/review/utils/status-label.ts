// The words the review pages use for a claim's place in the workflow.
const statusLabels: Record<string, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  approved: 'Approved',
  published: 'Published',
};

export function statusLabel(status: string): string {
  return statusLabels[status] ?? status;
}
