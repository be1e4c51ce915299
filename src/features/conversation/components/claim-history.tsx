// A claim's audit trail as a timeline, oldest first, a page at a time with its length: each step with who took it and when,
// verdict changes with both labels, review decisions with the editor's note. Read-only:
// the database lets nobody change or remove an event. Verdicts are named from the scale of
// the claim's newsroom.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { LoadMore } from '../../../components/load-more';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { verdictQueries } from '../../../entities/verdicts/api/verdict-queries';
import { conversationQueries } from '../api/conversation-queries';
import { actorName, historyEntry } from '../utils/history-entry';
import { formatDateTime } from '../../../lib/format-date';
import { LinkifiedText } from './linkified-text';
import './conversation.css';

export function ClaimHistory({ claimId, newsroomId }: { claimId: string; newsroomId: string }) {
  const headingId = useId();
  const history = useInfiniteQuery(conversationQueries.history(claimId));
  const listRef = useRef<HTMLOListElement>(null);
  const verdicts = useQuery(verdictQueries.scale(newsroomId));
  const failed = history.error ?? verdicts.error;
  const events = history.data?.pages.flatMap((page) => page.items);
  const total = useQuery(conversationQueries.eventCount(claimId)).data;
  const scale = verdicts.data;

  return (
    <section className="claim-history" aria-labelledby={headingId}>
      <h2 id={headingId}>History</h2>
      {failed ? (
        <ErrorAlert title="The history could not be loaded.">
          <p>{failed.message}</p>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              void history.refetch();
              void verdicts.refetch();
            }}
          >
            Try again
          </button>
        </ErrorAlert>
      ) : events === undefined || scale === undefined ? (
        <LoadingStatus>Loading history…</LoadingStatus>
      ) : events.length === 0 ? (
        <p className="conversation-empty">No history recorded.</p>
      ) : (
        <>
        <ol className="history-list" ref={listRef}>
          {events.map((event) => {
            const entry = historyEntry(event, scale);
            return (
              <li key={event.id} className={`history-event history-${event.action.replace(/_/g, '-')}`}>
                <p className="history-title">{entry.title}</p>
                <p className="history-meta">
                  by <span className="history-actor">{actorName(event.actor_name)}</span>,{' '}
                  <time dateTime={event.created_at}>{formatDateTime(event.created_at)}</time>
                </p>
                {entry.note === null ? null : (
                  <blockquote className="history-note">
                    <p>
                      <span className="visually-hidden">Note: </span>
                      <LinkifiedText text={entry.note} />
                    </p>
                  </blockquote>
                )}
              </li>
            );
          })}
        </ol>
        <LoadMore
          shown={events.length}
          total={total}
          noun={['step', 'steps']}
          hasMore={history.hasNextPage}
          loading={history.isFetchingNextPage}
          onLoadMore={() => void history.fetchNextPage()}
          listRef={listRef}
        />
        </>
      )}
    </section>
  );
}
