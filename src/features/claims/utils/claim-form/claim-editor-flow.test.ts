// Every step of the claim editor's flow a user can take, and what the form shows after it:
// saving, refused and failed saves, conflicts settled by reload or re-apply, submitting and
// discarding.
import { describe, expect, it } from 'vitest';
import {
  claimEditorFlow,
  claimEditorView,
  initialClaimEditorFlow,
  type ClaimEditorFlowEvent,
  type ClaimEditorFlowState,
} from './claim-editor-flow';
import { emptySource, valuesForNewClaim, type ClaimFormValues } from './claim-form-values';

const quote = { exact: 'Seven people were arrested.', prefix: '', suffix: '', start: 0, end: 27 };
const latestQuote = { ...quote, prefix: 'In New York, ', start: 12, end: 39 };

const unfinished = valuesForNewClaim(quote);
const complete: ClaimFormValues = {
  ...unfinished,
  verdictId: 'false',
  rationale: '<p>Checked.</p>',
  sources: [{ ...emptySource(), url: 'https://example.org/report' }],
};
const badAddress: ClaimFormValues = { ...complete, sources: [{ ...emptySource(), url: 'javascript:alert(1)' }] };

const offline = { offline: true } as const;
const refused = { offline: false, message: 'article 42 not found' } as const;

function after(events: ClaimEditorFlowEvent[], from = initialClaimEditorFlow(quote)): ClaimEditorFlowState {
  return events.reduce(claimEditorFlow, from);
}

const save = (values = complete): ClaimEditorFlowEvent => ({ type: 'save-requested', submit: false, values });
const submit = (values = complete): ClaimEditorFlowEvent => ({ type: 'save-requested', submit: true, values });
// How every conflict row starts: a save someone else's save overtook.
const conflict: ClaimEditorFlowEvent[] = [save(), { type: 'save-conflicted' }];

describe('claimEditorFlow', () => {
  it.each<[string, ClaimEditorFlowEvent[], ClaimEditorFlowEvent, Partial<ClaimEditorFlowState>]>([
    ['save sends the claim', [], save(), { activity: 'saving', submitAfterSave: false, problem: null, outcome: null }],
    ['save ok says so', [save()], { type: 'saved' }, { activity: 'editing', outcome: 'Claim saved.', conflict: false }],
    ['an edit clears the saved notice', [save(), { type: 'saved' }], { type: 'edited' }, { outcome: null }],
    [
      'a field over its limit or a bad address stops the save and marks the fields',
      [],
      save(badAddress),
      { activity: 'editing', showErrors: true, submitAttempted: false, focusFirstProblem: true },
    ],
    [
      'save refused by the server keeps the draft and says why',
      [save()],
      { type: 'save-failed', failure: refused },
      { activity: 'editing', problem: 'article 42 not found Your changes are kept on this device.' },
    ],
    [
      'a network failure keeps the draft and says to try again online',
      [save()],
      { type: 'save-failed', failure: offline },
      {
        activity: 'editing',
        problem:
          'The server could not be reached. Your changes are kept on this device; try again when you are back online.',
      },
    ],
    [
      'a new save clears the last failure',
      [save(), { type: 'save-failed', failure: offline }],
      save(),
      { activity: 'saving', problem: null },
    ],
    ['a version conflict asks the user to choose', [save()], { type: 'save-conflicted' }, { activity: 'editing', conflict: true }],
    [
      'submit blocked by missing fields says what is missing and sends nothing',
      [],
      submit(unfinished),
      { activity: 'editing', showErrors: true, submitAttempted: true, focusFirstProblem: true },
    ],
    ['a complete claim is saved before it is submitted', [], submit(), { activity: 'saving', submitAfterSave: true }],
    ['submit goes out once the save is through', [submit()], { type: 'saved' }, { activity: 'submitting', outcome: null }],
    ['submit ok ends the flow', [submit(), { type: 'saved' }], { type: 'submitted' }, { activity: 'editing', problem: null }],
    [
      'submit refused says the claim was saved but not submitted',
      [submit(), { type: 'saved' }],
      { type: 'submit-failed', message: 'cannot submit: add a verdict' },
      {
        activity: 'editing',
        outcome: 'Claim saved.',
        problem: 'Saved, but not submitted for review: cannot submit: add a verdict',
      },
    ],
    [
      'the next save after a refused submit hides what Submit for review needs',
      [submit(unfinished)],
      save(),
      { activity: 'saving', showErrors: true, submitAttempted: false },
    ],
    ['reload fetches the latest version', conflict, { type: 'resolve-started' }, { activity: 'resolving', conflict: true }],
    [
      'reload replaces the form with the latest version',
      [...conflict, { type: 'resolve-started' }],
      { type: 'reloaded', quote: latestQuote },
      {
        activity: 'editing',
        conflict: false,
        quote: latestQuote,
        contentRevision: 1,
        showErrors: false,
        outcome: 'Loaded the latest version.',
      },
    ],
    [
      're-apply saves the user’s values on the latest version',
      [...conflict, { type: 'resolve-started' }, { type: 'rebased', quote: latestQuote }],
      save(),
      { activity: 'saving', quote: latestQuote, conflict: true },
    ],
    [
      're-apply ok settles the conflict',
      [...conflict, { type: 'resolve-started' }, { type: 'rebased', quote: latestQuote }, save()],
      { type: 'saved' },
      { activity: 'editing', conflict: false, outcome: 'Claim saved.', contentRevision: 0 },
    ],
    [
      're-apply of values the form refuses ends with the fields marked, the conflict still open',
      [...conflict, { type: 'resolve-started' }, { type: 'rebased', quote: latestQuote }],
      save(badAddress),
      { activity: 'editing', conflict: true, showErrors: true, focusFirstProblem: true },
    ],
    [
      're-apply that conflicts again keeps the choice open',
      [...conflict, { type: 'resolve-started' }, { type: 'rebased', quote: latestQuote }, save()],
      { type: 'save-conflicted' },
      { activity: 'editing', conflict: true },
    ],
    [
      'a claim gone from the server keeps the draft and the conflict',
      [...conflict, { type: 'resolve-started' }],
      { type: 'latest-missing' },
      {
        activity: 'editing',
        conflict: true,
        problem: 'This claim no longer exists, or you may no longer read it. Your changes are kept on this device.',
      },
    ],
    [
      'the latest version unreachable keeps the draft and the conflict',
      [...conflict, { type: 'resolve-started' }],
      { type: 'latest-failed', failure: offline },
      { activity: 'editing', conflict: true, problem: expect.stringContaining('could not be reached') },
    ],
    ['Save draft during a conflict that goes through settles it', [...conflict, save()], { type: 'saved' }, { conflict: false }],
    ['Discard asks first', [], { type: 'discard-requested' }, { confirmingDiscard: true }],
    ['Keep editing cancels the discard', [{ type: 'discard-requested' }], { type: 'discard-cancelled' }, { confirmingDiscard: false }],
    ['Yes, discard ends the question', [{ type: 'discard-requested' }], { type: 'discard-confirmed' }, { confirmingDiscard: false }],
  ])('%s', (_case, before, event, expected) => {
    expect(claimEditorFlow(after(before), event)).toMatchObject(expected);
  });

  it('does not save a passage that cannot become a claim', () => {
    const blank = initialClaimEditorFlow({ ...quote, exact: '  ' });
    expect(claimEditorFlow(blank, save())).toEqual(blank);
  });

  it('moves the focus only right after the refused save', () => {
    expect(after([save(badAddress), { type: 'edited' }])).toMatchObject({ focusFirstProblem: false, showErrors: true });
  });
});

describe('claimEditorView', () => {
  const show = (state: ClaimEditorFlowState, submittable = true, values = complete) =>
    claimEditorView(state, { values, submittable, draft: 'none' });

  it.each<[string, ClaimEditorFlowEvent[], boolean, string]>([
    ['editing', [], false, 'Save draft'],
    ['saving', [save()], true, 'Saving…'],
    ['saving before a submit', [submit()], true, 'Saving…'],
    ['submitting', [submit(), { type: 'saved' }], true, 'Save draft'],
    ['resolving a conflict', [...conflict, { type: 'resolve-started' }], true, 'Save draft'],
  ])('while %s, busy is %s and the save button reads %s', (_case, events, busy, saveLabel) => {
    expect(show(after(events))).toMatchObject({ busy, saveLabel });
  });

  it('offers Save changes and no Submit for review when the status cannot be submitted', () => {
    expect(show(after([]), false)).toMatchObject({ saveLabel: 'Save changes', showSubmit: false });
  });

  it('shows the limits only after a refused save, and what Submit needs only after a refused submit', () => {
    expect(show(after([]), true, badAddress)).toMatchObject({ errors: { sources: {} }, missing: {} });
    expect(Object.keys(show(after([save(badAddress)]), true, badAddress).errors.sources)).toHaveLength(1);
    expect(show(after([submit(unfinished)]), true, unfinished).missing).toEqual({
      verdict: 'Choose a verdict before submitting for review.',
      rationale: 'Explain the verdict in a rationale before submitting for review.',
      sources: 'Add at least one source before submitting for review.',
    });
  });

  it.each([
    ['none', 'Claim saved.'],
    ['kept', 'Draft saved on this device.'],
    ['restored', 'Restored your unsaved changes from this device.'],
    ['not-kept', 'This browser would not keep a copy of your changes on this device: save the claim to keep them.'],
  ] as const)('with the draft %s, the status line reads %s', (draft, statusText) => {
    const saved = after([save(), { type: 'saved' }]);
    expect(claimEditorView(saved, { values: complete, submittable: true, draft })).toMatchObject({ statusText });
  });

  it('says why a passage cannot become a claim', () => {
    expect(show(initialClaimEditorFlow({ ...quote, exact: ' ' })).quoteError).toBe(
      'The selected passage is empty. Select the words that make the claim.',
    );
  });
});
