// How each step of a claim's audit trail reads in the history timeline.
import { describe, expect, it } from 'vitest';
import { actorName, historyEntry } from './history-entry';

const verdicts = [
  { id: 'true', label: 'True', color: '#15803d' },
  { id: 'false', label: 'False', color: '#b91c1c' },
];

const base = { from_status: null, from_verdict: null, to_verdict: null, note: null };

describe('historyEntry', () => {
  it('names the verdicts of a verdict change by their labels', () => {
    expect(historyEntry({ ...base, action: 'verdict_changed', from_verdict: 'true', to_verdict: 'false' }, verdicts).title).toBe(
      'Verdict changed from True to False',
    );
    expect(historyEntry({ ...base, action: 'verdict_changed', to_verdict: 'true' }, verdicts).title).toBe(
      'Verdict changed from no verdict to True',
    );
    expect(historyEntry({ ...base, action: 'verdict_changed', from_verdict: 'false', to_verdict: 'pants_on_fire' }, verdicts).title).toBe(
      'Verdict changed from False to pants_on_fire',
    );
  });

  it('says whether a claim was created with a verdict', () => {
    expect(historyEntry({ ...base, action: 'created' }, verdicts).title).toBe('Created');
    expect(historyEntry({ ...base, action: 'created', to_verdict: 'false' }, verdicts).title).toBe('Created with verdict False');
  });

  it('tells a first submission from a resubmission', () => {
    expect(historyEntry({ ...base, action: 'submitted', from_status: 'draft' }, verdicts).title).toBe('Submitted for review');
    expect(historyEntry({ ...base, action: 'submitted', from_status: 'changes_requested' }, verdicts).title).toBe('Resubmitted for review');
  });

  it('keeps the editor\'s note of a review decision, and drops blank notes', () => {
    expect(historyEntry({ ...base, action: 'changes_requested', note: 'Cite the report.' }, verdicts)).toEqual({
      title: 'Changes requested',
      note: 'Cite the report.',
    });
    expect(historyEntry({ ...base, action: 'approved', note: '  ' }, verdicts)).toEqual({ title: 'Approved', note: null });
  });

  it.each([
    ['sources_changed', 'Sources changed'],
    ['quote_changed', 'Quoted words changed by a correction of the article'],
    ['quote_confirmed', 'Quoted words confirmed'],
    ['withdrawn', 'Withdrawn from review'],
    ['deleted', 'Deleted'],
    ['correction_started', 'Correction started'],
    ['correction_discarded', 'Correction discarded'],
    ['retracted', 'Retracted'],
  ])('names the %s step', (action, title) => {
    expect(historyEntry({ ...base, action }, verdicts).title).toBe(title);
  });

  it('calls a publication with a public note a correction', () => {
    expect(historyEntry({ ...base, action: 'published', note: 'The figures were revised.' }, verdicts)).toEqual({
      title: 'Correction published',
      note: 'The figures were revised.',
    });
  });

  it('names the remaining steps', () => {
    expect(['edited', 'published'].map((action) => historyEntry({ ...base, action }, verdicts).title)).toEqual(['Edited', 'Published']);
  });
});

describe('actorName', () => {
  it('shows the display name, or says the account is gone', () => {
    expect(actorName('Carla Checker')).toBe('Carla Checker');
    expect(actorName('system')).toBe('the system (outside the app)');
  });
});
