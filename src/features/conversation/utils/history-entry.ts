// What one claim_events row says in words: the step, and for verdict changes the labels of
// the old and the new verdict (an id the scale no longer has is shown as it is stored).
import type { ClaimEvent } from '../api/get-claim-history';
import type { Verdict } from '../../../entities/verdicts/api/get-verdicts';

type VerdictLabel = Pick<Verdict, 'id' | 'label'>;

export interface HistoryEntry {
  title: string;
  note: string | null;
}

function verdictName(id: string | null, verdicts: readonly VerdictLabel[]): string {
  if (id === null) return 'no verdict';
  return verdicts.find((verdict) => verdict.id === id)?.label ?? id;
}

export function historyEntry(
  event: Pick<ClaimEvent, 'action' | 'from_status' | 'from_verdict' | 'to_verdict' | 'note'>,
  verdicts: readonly VerdictLabel[],
): HistoryEntry {
  const note = event.note?.trim() ? event.note : null;
  switch (event.action) {
    case 'created':
      return {
        title: event.to_verdict === null ? 'Created' : `Created with verdict ${verdictName(event.to_verdict, verdicts)}`,
        note,
      };
    case 'verdict_changed':
      return {
        title: `Verdict changed from ${verdictName(event.from_verdict, verdicts)} to ${verdictName(event.to_verdict, verdicts)}`,
        note,
      };
    case 'edited':
      return { title: 'Edited', note };
    case 'sources_changed':
      return { title: 'Sources changed', note };
    case 'quote_changed':
      return { title: 'Quoted words changed by a correction of the article', note };
    case 'quote_confirmed':
      return { title: 'Quoted words confirmed', note };
    case 'withdrawn':
      return { title: 'Withdrawn from review', note };
    case 'deleted':
      return { title: 'Deleted', note };
    case 'submitted':
      return { title: event.from_status === 'changes_requested' ? 'Resubmitted for review' : 'Submitted for review', note };
    case 'approved':
      return { title: 'Approved', note };
    case 'changes_requested':
      return { title: 'Changes requested', note };
    case 'published':
      // A publication with a note is a correction: the note is what readers were told.
      return { title: note === null ? 'Published' : 'Correction published', note };
    case 'correction_started':
      return { title: 'Correction started', note };
    case 'correction_discarded':
      return { title: 'Correction discarded', note };
    case 'retracted':
      return { title: 'Retracted', note };
    default:
      return { title: event.action, note };
  }
}

/** Who took the step, as they were called then; "system" for a change made outside the app. */
export function actorName(name: string): string {
  return name === 'system' ? 'the system (outside the app)' : name;
}
