// The claim editor's save / submit / conflict / reload / re-apply / discard flow as a pure
// reducer, and what the form shows for each state, so every step a user can take is testable
// without React. hooks/claim-form/use-claim-editor-flow.ts sends the requests and reports
// their answers here as events.
import type { DraftState } from './claim-draft-storage';
import type { ClaimFormValues, ClaimQuote } from './claim-form-values';
import { hasSubmissionProblems, submissionProblems, type SubmissionProblems } from './submission-rule';
import { hasErrors, quoteProblem, validateClaimForm, type ClaimFormErrors } from './validate-claim-form';

// What the editor is waiting for: nothing, the save, the submission that follows a save, or
// the latest version fetched to settle a conflict.
export type ClaimEditorActivity = 'editing' | 'saving' | 'submitting' | 'resolving';

export type ClaimEditorFlowState = {
  activity: ClaimEditorActivity;
  // The save under way is Submit for review's first step.
  submitAfterSave: boolean;
  // Someone else saved the claim first; open until the user reloads it or a save goes through.
  conflict: boolean;
  confirmingDiscard: boolean;
  // The passage the claim quotes: the one opened, or the latest version's after a conflict.
  quote: ClaimQuote;
  // Set by the save request the form refused, so focus moves to the first field to fix.
  focusFirstProblem: boolean;
  // The schema's limits are shown from the first refused save on.
  showErrors: boolean;
  // What Submit for review needs is shown after a refused submit, until the next save goes out.
  submitAttempted: boolean;
  problem: string | null;
  outcome: string | null;
  // Bumped when the form's content is replaced, so the rationale editor loads the new text.
  contentRevision: number;
};

// Why a request failed, told apart by the hook (it knows the request errors).
export type RequestFailure = { offline: true } | { offline: false; message: string };

export type ClaimEditorFlowEvent =
  | { type: 'edited' }
  | { type: 'save-requested'; submit: boolean; values: ClaimFormValues }
  | { type: 'saved' }
  | { type: 'save-conflicted' }
  | { type: 'save-failed'; failure: RequestFailure }
  | { type: 'submitted' }
  | { type: 'submit-failed'; message: string }
  | { type: 'resolve-started' }
  | { type: 'latest-missing' }
  | { type: 'latest-failed'; failure: RequestFailure }
  | { type: 'reloaded'; quote: ClaimQuote }
  | { type: 'rebased'; quote: ClaimQuote }
  | { type: 'discard-requested' }
  | { type: 'discard-cancelled' }
  | { type: 'discard-confirmed' };

export function initialClaimEditorFlow(quote: ClaimQuote): ClaimEditorFlowState {
  return {
    activity: 'editing',
    submitAfterSave: false,
    conflict: false,
    confirmingDiscard: false,
    quote,
    focusFirstProblem: false,
    showErrors: false,
    submitAttempted: false,
    problem: null,
    outcome: null,
    contentRevision: 0,
  };
}

function describeFailure(failure: RequestFailure): string {
  if (failure.offline) {
    return 'The server could not be reached. Your changes are kept on this device; try again when you are back online.';
  }
  return `${failure.message} Your changes are kept on this device.`;
}

export function claimEditorFlow(current: ClaimEditorFlowState, event: ClaimEditorFlowEvent): ClaimEditorFlowState {
  const state = { ...current, focusFirstProblem: false };
  switch (event.type) {
    case 'edited':
      return { ...state, outcome: null };
    case 'save-requested': {
      // A refused request ends a re-apply, which saves through here, and leaves a save already
      // under way to report its own answer.
      const refused = { ...state, activity: state.activity === 'resolving' ? 'editing' : state.activity } as const;
      // No Save button is shown for a passage that cannot become a claim.
      if (quoteProblem(state.quote.exact) !== null) return refused;
      const values = event.values;
      if (hasErrors(validateClaimForm(values)) || (event.submit && hasSubmissionProblems(values))) {
        return { ...refused, showErrors: true, submitAttempted: event.submit, focusFirstProblem: true };
      }
      return {
        ...state,
        activity: 'saving',
        submitAfterSave: event.submit,
        submitAttempted: false,
        problem: null,
        outcome: null,
      };
    }
    case 'saved':
      return state.submitAfterSave
        ? { ...state, activity: 'submitting', submitAfterSave: false, conflict: false }
        : { ...state, activity: 'editing', conflict: false, outcome: 'Claim saved.' };
    case 'save-conflicted':
      return { ...state, activity: 'editing', submitAfterSave: false, conflict: true };
    case 'save-failed':
    case 'latest-failed':
      return { ...state, activity: 'editing', submitAfterSave: false, problem: describeFailure(event.failure) };
    case 'submitted':
      return { ...state, activity: 'editing' };
    case 'submit-failed':
      return {
        ...state,
        activity: 'editing',
        outcome: 'Claim saved.',
        problem: `Saved, but not submitted for review: ${event.message}`,
      };
    case 'resolve-started':
      return { ...state, activity: 'resolving' };
    case 'latest-missing':
      return {
        ...state,
        activity: 'editing',
        problem: 'This claim no longer exists, or you may no longer read it. Your changes are kept on this device.',
      };
    case 'reloaded':
      return {
        ...state,
        activity: 'editing',
        quote: event.quote,
        contentRevision: state.contentRevision + 1,
        conflict: false,
        showErrors: false,
        outcome: 'Loaded the latest version.',
      };
    case 'rebased':
      // The user's values now apply to the latest version; the save that follows settles it.
      return { ...state, quote: event.quote };
    case 'discard-requested':
      return { ...state, confirmingDiscard: true };
    case 'discard-cancelled':
    case 'discard-confirmed':
      return { ...state, confirmingDiscard: false };
  }
}

export type ClaimEditorView = {
  busy: boolean;
  quoteError: string | null;
  errors: ClaimFormErrors;
  missing: SubmissionProblems;
  saveLabel: string;
  showSubmit: boolean;
  statusText: string;
};

const draftStatus: Record<Exclude<DraftState, 'none'>, string> = {
  kept: 'Draft saved on this device.',
  restored: 'Restored your unsaved changes from this device.',
  'not-kept': 'This browser would not keep a copy of your changes on this device: save the claim to keep them.',
};

// What the form shows for a state: the values are the working copy's, `submittable` says
// whether the claim's status allows Submit for review (see submission-rule.ts).
export function claimEditorView(
  state: ClaimEditorFlowState,
  { values, submittable, draft }: { values: ClaimFormValues; submittable: boolean; draft: DraftState },
): ClaimEditorView {
  return {
    busy: state.activity !== 'editing',
    quoteError: quoteProblem(state.quote.exact),
    errors: state.showErrors ? validateClaimForm(values) : { sources: {} },
    missing: state.submitAttempted ? submissionProblems(values) : {},
    saveLabel: state.activity === 'saving' ? 'Saving…' : submittable ? 'Save draft' : 'Save changes',
    showSubmit: submittable,
    statusText: draft === 'none' ? (state.outcome ?? '') : draftStatus[draft],
  };
}
