// Who may send a claim for review, from which statuses, and what it must hold: the browser's
// copy of public.submit_claim in supabase/migrations/20251128000005_claim_workflow.sql, so the
// form can offer Submit for review only where it works and say what is missing next to each
// field before anything is sent. Change the two together; the database refuses anyway.
import type { ClaimFormValues } from './claim-form-values';

// submit_claim also requires the caller to be the claim's author. The claim editor opens a
// claim in one of these statuses only for its author (public.may_edit_claim), so there the
// status alone decides.
const submittableStatuses: readonly string[] = ['draft', 'changes_requested'];

export function isSubmittableStatus(status: string): boolean {
  return submittableStatuses.includes(status);
}

export type SubmissionProblems = Partial<Record<'verdict' | 'rationale' | 'sources' | 'correctionNote', string>>;

// submit_claim checks the stored claim; the form checks what it is about to save, since the
// save goes first. A rationale of markup with no words (empty paragraphs) counts as none
// here, which is stricter than submit_claim's "any non-space character".
export function submissionProblems(values: ClaimFormValues): SubmissionProblems {
  const problems: SubmissionProblems = {};
  if (values.verdictId === '') problems.verdict = 'Choose a verdict before submitting for review.';
  if (values.rationale.replace(/<[^>]*>/g, '').trim() === '') {
    problems.rationale = 'Explain the verdict in a rationale before submitting for review.';
  }
  if (values.sources.length === 0) problems.sources = 'Add at least one source before submitting for review.';
  if (values.correctionNote !== null && values.correctionNote.trim() === '') {
    problems.correctionNote = 'Say what this correction changes and why: readers see this note with the correction.';
  }
  return problems;
}

export function hasSubmissionProblems(values: ClaimFormValues): boolean {
  return Object.keys(submissionProblems(values)).length > 0;
}
