// What a fact-check's revisions say to a reader: when it was first published, each
// correction with its dated note and, when the verdict changed, from what to what, and a
// retraction instead of the verdict. Pure: the dates are phrased in the locale given (the
// reader's by default) and read in UTC, as ClaimReview's dates are.
import { formatCalendarDate } from '../../../lib/format-date';
import type { Publication, PublicationKind } from './publication';

export interface RevisionNote {
  revision: number;
  kind: 'correction' | 'retraction';
  publishedAt: string;
  // "Corrected on 3 June 2026" or "Retracted on 3 June 2026".
  heading: string;
  note: string | null;
  // "The verdict was changed from Half true to False", when it was.
  verdictChange: string | null;
}

const verbs: Record<PublicationKind, string> = { publication: 'Published', correction: 'Corrected', retraction: 'Retracted' };

// "Published on 1 June 2026", "Corrected on 3 June 2026", "Retracted on 4 June 2026".
export function datedHeading(kind: PublicationKind, publishedAt: string, locale?: string): string {
  return `${verbs[kind]} on ${formatCalendarDate(publishedAt, locale) ?? publishedAt}`;
}

export function verdictChange(previous: Publication | undefined, current: Publication): string | null {
  if (current.kind !== 'correction' || previous?.verdict == null || current.verdict === null) return null;
  if (previous.verdict.label === current.verdict.label) return null;
  return `The verdict was changed from ${previous.verdict.label} to ${current.verdict.label}`;
}

// The corrections and the retraction of a claim, newest first; revisions are oldest first.
export function revisionNotes(revisions: readonly Publication[], locale?: string): RevisionNote[] {
  const notes: RevisionNote[] = [];
  revisions.forEach((current, index) => {
    if (current.kind === 'publication') return;
    notes.push({
      revision: current.revision,
      kind: current.kind,
      publishedAt: current.publishedAt,
      heading: datedHeading(current.kind, current.publishedAt, locale),
      note: current.note,
      verdictChange: verdictChange(revisions[index - 1], current),
    });
  });
  return notes.reverse();
}
