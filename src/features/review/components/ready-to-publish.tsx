// Ready to publish: every approved claim of the newsroom, oldest approval first, a page at a
// time with the exact count, each leading to its review view, where an editor publishes it.
// Nothing approved is stranded.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'wouter';
import { LoadMore } from '../../../components/load-more';
import { claimCountsQueries } from '../../../entities/claim-counts/api/claim-counts-queries';
import { countClaims } from '../../../entities/claim-counts/utils/count-claims';
import { flattenPages } from '../../../lib/keyset';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { VerdictBadge } from '../../../entities/verdicts/components/verdict-badge';
import { formatDateTime } from '../../../lib/format-date';
import { reviewQueries } from '../api/review-queries';
import './review.css';

export function ReadyToPublish({ viewer }: { viewer: MemberViewer }) {
  const ready = useInfiniteQuery({ ...reviewQueries.ready(viewer.newsroom.id), select: flattenPages });
  const counts = useQuery(claimCountsQueries.ofNewsroom(viewer.newsroom.id));
  const listRef = useRef<HTMLUListElement>(null);
  if (ready.isPending) return <LoadingStatus>Loading the approved claims…</LoadingStatus>;
  if (ready.isError) {
    return (
      <ErrorAlert title="The approved claims could not be loaded.">
        <p>{ready.error.message}</p>
      </ErrorAlert>
    );
  }
  if (ready.data.length === 0) return <p>Nothing approved waits to be published.</p>;
  const total = counts.data === undefined ? undefined : countClaims(counts.data, { status: 'approved' });
  return (
    <>
      <p className="review-hint">
        {total === undefined ? 'Approved claims wait' : total === 1 ? '1 approved claim waits' : `${total.toLocaleString('en')} approved claims wait`} to be
        published, oldest approval first.
      </p>
      <ul className="ready-list" ref={listRef}>
        {ready.data.map((item) => (
          <li key={item.id} className="ready-item">
            <p>
              <Link to={`/review/${item.id}`}>{item.claim_text}</Link>
            </p>
            <p className="ready-meta">
              <VerdictBadge verdict={item.verdict} /> · in {item.article.title} · by {item.author?.display_name ?? 'Unknown'} ·
              approved by {item.reviewer?.display_name ?? 'Unknown'}
              {item.reviewed_at !== null && (
                <>
                  {' '}
                  on <time dateTime={item.reviewed_at}>{formatDateTime(item.reviewed_at)}</time>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      <LoadMore
        shown={ready.data.length}
        total={total}
        noun={['claim', 'claims']}
        hasMore={ready.hasNextPage}
        loading={ready.isFetchingNextPage}
        onLoadMore={() => void ready.fetchNextPage()}
        listRef={listRef}
      />
    </>
  );
}
