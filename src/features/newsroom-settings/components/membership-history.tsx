// The newsroom's membership history, newest first, fifty at a time: every join, invitation,
// role change and removal with who made it and when (the audit the database keeps).
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { formatDateTime } from '../../../lib/format-date';
import { settingsQueries } from '../api/settings-queries';
import { membershipEventSentence } from '../utils/membership-event-sentence';
import { refusalMessage } from '../utils/settings-refusal';

export function MembershipHistory({ newsroomId }: { newsroomId: string }) {
  const history = useInfiniteQuery(settingsQueries.history(newsroomId));
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The button goes once the oldest change is shown; the focus then moves to the heading.
  const showOlder = async () => {
    const result = await history.fetchNextPage();
    if (!result.hasNextPage) headingRef.current?.focus();
  };
  const events = history.data?.pages.flatMap((page) => page.events) ?? [];
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Membership history
      </h2>
      {history.isPending && <LoadingStatus>Loading the history…</LoadingStatus>}
      {history.isError && <ErrorAlert title={refusalMessage(history.error, 'The history could not be loaded')} />}
      {history.isSuccess && events.length === 0 && <p>Nothing has happened yet.</p>}
      {events.length > 0 && (
        <ol className="membership-history">
          {events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.created_at}>{formatDateTime(event.created_at)}</time> {membershipEventSentence(event)}
            </li>
          ))}
        </ol>
      )}
      {history.hasNextPage && (
        <button type="button" className="button button-quiet" disabled={history.isFetchingNextPage} onClick={() => void showOlder()}>
          {history.isFetchingNextPage ? 'Loading older changes…' : 'Show older changes'}
        </button>
      )}
    </section>
  );
}
