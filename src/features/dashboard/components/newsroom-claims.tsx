// The newsroom's claims behind one of the dashboard's counts (a status, a verdict, an article,
// or all of them), latest change first, a page at a time with the exact count. Each claim
// leads to itself, opened in its article's panel.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { LoadMore } from '../../../components/load-more';
import { claimCountsQueries } from '../../../entities/claim-counts/api/claim-counts-queries';
import { countClaims } from '../../../entities/claim-counts/utils/count-claims';
import { claimStatusLabel } from '../../../entities/claim-status/claim-status';
import { VerdictBadge } from '../../../entities/verdicts/components/verdict-badge';
import { formatDateTime } from '../../../lib/format-date';
import { dashboardQueries } from '../api/dashboard-queries';
import type { ClaimFilters } from '../api/get-newsroom-claims';
import './dashboard.css';

export function NewsroomClaims({ newsroomId, filters }: { newsroomId: string; filters: ClaimFilters }) {
  const claims = useInfiniteQuery(dashboardQueries.claims(newsroomId, filters));
  const counts = useQuery(claimCountsQueries.ofNewsroom(newsroomId));
  const listRef = useRef<HTMLUListElement>(null);

  const verdictLabel =
    filters.verdictId === undefined
      ? null
      : filters.verdictId === null
        ? 'No verdict yet'
        : (counts.data?.find((row) => row.verdict_id === filters.verdictId)?.verdict_label ?? filters.verdictId);
  const described = [filters.status === undefined ? null : claimStatusLabel(filters.status), verdictLabel].filter((part) => part !== null);

  if (claims.isPending) return <LoadingStatus>Loading the claims…</LoadingStatus>;
  if (claims.isError) {
    return (
      <ErrorAlert title="The claims could not be loaded.">
        <p>{claims.error.message}</p>
      </ErrorAlert>
    );
  }
  const items = claims.data.pages.flatMap((page) => page.items);
  // One article's claims are counted with their first page, the newsroom's by the claim counts.
  const total =
    filters.articleId !== undefined
      ? (claims.data.pages[0]?.count ?? undefined)
      : counts.data === undefined
        ? undefined
        : countClaims(counts.data, { status: filters.status, verdictId: filters.verdictId });
  return (
    <>
      <p className="dashboard-hint">
        {described.length === 0 ? 'Every claim' : `Claims: ${described.join(', ')}`}
        {filters.articleId !== undefined && items[0] !== undefined ? ` in ${items[0].article.title}` : ''}, latest change first.{' '}
        <Link to="/">Back to the dashboard</Link>
      </p>
      {items.length === 0 ? (
        <p>No claim matches.</p>
      ) : (
        <>
          <ul className="dashboard-claims" ref={listRef}>
            {items.map((claim) => (
              <li key={claim.id} className="dashboard-claim">
                <p>
                  <Link to={`/articles/${claim.article_id}?claim=${claim.id}`}>{claim.claim_text}</Link>
                </p>
                <p className="dashboard-claim-meta">
                  <VerdictBadge verdict={claim.verdict} /> · {claimStatusLabel(claim.status)} · in {claim.article.title} · last change{' '}
                  <time dateTime={claim.updated_at}>{formatDateTime(claim.updated_at)}</time>
                </p>
              </li>
            ))}
          </ul>
          <LoadMore
            shown={items.length}
            total={total}
            noun={['claim', 'claims']}
            hasMore={claims.hasNextPage}
            loading={claims.isFetchingNextPage}
            onLoadMore={() => void claims.fetchNextPage()}
            listRef={listRef}
          />
        </>
      )}
    </>
  );
}
