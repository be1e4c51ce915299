// My work: the signed-in user's claims grouped by status, the ones sent back for changes
// first with the editor's note, each group counted exactly and paged on its own. Each claim
// leads to the claim itself, opened in its article's panel and marked in the text, for editing
// and Submit for review.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useId, useRef } from 'react';
import { LoadMore } from '../../../components/load-more';
import { claimCountsQueries } from '../../../entities/claim-counts/api/claim-counts-queries';
import { countClaims } from '../../../entities/claim-counts/utils/count-claims';
import { flattenPages } from '../../../lib/keyset';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { MyWorkItem } from '../api/get-my-work';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { reviewQueries } from '../api/review-queries';
import { claimStatusLabel } from '../../../entities/claim-status/claim-status';
import { formatDateTime } from '../../../lib/format-date';
import { orderStatuses } from '../utils/group-my-work';
import { VerdictBadge } from '../../../entities/verdicts/components/verdict-badge';
import './review.css';

function MyWorkClaim({ item }: { item: MyWorkItem }) {
  const request = item.status === 'changes_requested' ? item.request : null;
  return (
    <li className="my-work-item">
      <article aria-label={item.claim_text}>
        <p>
          <Link to={`/articles/${item.article_id}?claim=${item.id}`}>
            <strong>{item.claim_text}</strong>
          </Link>
        </p>
        <p>
          <VerdictBadge verdict={item.verdict} /> · in{' '}
          {item.article ? <Link to={`/articles/${item.article.id}`}>{item.article.title}</Link> : 'an unknown article'} ·
          last change <time dateTime={item.updated_at}>{formatDateTime(item.updated_at)}</time>
        </p>
        {request !== null && (
          <div className="my-work-note">
            <p>
              <strong>Editor’s note</strong>
              {request.actor_name !== null && <> from {request.actor_name}</>}
              {request.created_at !== null && <>, {formatDateTime(request.created_at)}</>}:
            </p>
            <p>{request.note ?? 'No note given.'}</p>
            <p className="review-hint">Open the claim, fix it in its panel and choose Submit for review.</p>
          </div>
        )}
      </article>
    </li>
  );
}

function StatusGroup({ viewer, status, total }: { viewer: MemberViewer; status: string; total: number }) {
  const headingId = useId();
  const claims = useInfiniteQuery({ ...reviewQueries.myWork(viewer.id, viewer.newsroom.id, status), select: flattenPages });
  const listRef = useRef<HTMLUListElement>(null);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {claimStatusLabel(status)} ({total.toLocaleString('en')})
      </h2>
      {claims.isPending ? (
        <LoadingStatus>Loading your claims…</LoadingStatus>
      ) : claims.isError ? (
        <ErrorAlert title="These claims could not be loaded.">
          <p>{claims.error.message}</p>
        </ErrorAlert>
      ) : (
        <>
          <ul className="my-work-list" ref={listRef}>
            {claims.data.map((item) => (
              <MyWorkClaim key={item.id} item={item} />
            ))}
          </ul>
          <LoadMore
            shown={claims.data.length}
            total={total}
            noun={['claim', 'claims']}
            hasMore={claims.hasNextPage}
            loading={claims.isFetchingNextPage}
            onLoadMore={() => void claims.fetchNextPage()}
            listRef={listRef}
          />
        </>
      )}
    </section>
  );
}

export function MyWork({ viewer }: { viewer: MemberViewer }) {
  const counts = useQuery(claimCountsQueries.ofNewsroom(viewer.newsroom.id, viewer.id));
  if (counts.isPending) return <LoadingStatus>Loading your claims…</LoadingStatus>;
  if (counts.isError) {
    return (
      <ErrorAlert title="Your claims could not be loaded.">
        <p>{counts.error.message}</p>
      </ErrorAlert>
    );
  }
  const groups = orderStatuses(counts.data.map((row) => row.status))
    .map((status) => ({ status, total: countClaims(counts.data, { status }) }))
    .filter((group) => group.total > 0);
  if (groups.length === 0) {
    return (
      <p>
        You have no claims yet. Open an article from <Link to="/articles">Articles</Link>, select its words and add a
        claim.
      </p>
    );
  }
  return groups.map((group) => <StatusGroup key={group.status} viewer={viewer} status={group.status} total={group.total} />);
}
