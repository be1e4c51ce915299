// The signed-in home page's figures: claims by status and by verdict for the whole newsroom,
// exact at any size (aggregated by the database), then the articles with work waiting and every
// article with claims, a page of articles at a time. Every count is a link to the list of the
// claims it counts.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type ReactNode, type RefObject, useRef } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { LoadMore } from '../../../components/load-more';
import { claimCountsQueries } from '../../../entities/claim-counts/api/claim-counts-queries';
import { claimStatusLabel } from '../../../entities/claim-status/claim-status';
import { flattenPages } from '../../../lib/keyset';
import { dashboardQueries } from '../api/dashboard-queries';
import type { ArticleSelection } from '../api/get-article-counts';
import type { ClaimFilters } from '../api/get-newsroom-claims';
import { claimsPath } from '../utils/claims-path';
import { type ArticleCounts, type OverallCounts, summarizeOverall } from '../utils/summarize-counts';
import { VerdictLabel } from './verdict-label';
import './dashboard.css';

// A count, as a link to its claims; a zero is plain text, since its list would be empty.
function CountLink({ count, filters, name }: { count: number; filters: ClaimFilters; name: string }) {
  if (count === 0) return <>0</>;
  return (
    <Link to={claimsPath(filters)} aria-label={`${count.toLocaleString('en')} ${name}`}>
      {count.toLocaleString('en')}
    </Link>
  );
}

interface CountRow {
  key: string;
  label: ReactNode;
  name: string;
  count: number;
  filters: ClaimFilters;
}

// Claims by one facet (status or verdict): one row per value, and optionally the total under them.
function CountTable({ caption, facet, rows, total }: { caption: string; facet: string; rows: CountRow[]; total?: number }) {
  return (
    <table className="dashboard-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{facet}</th>
          <th scope="col">Claims</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              <CountLink count={row.count} filters={row.filters} name={row.name} />
            </td>
          </tr>
        ))}
      </tbody>
      {total === undefined ? null : (
        <tfoot>
          <tr>
            <th scope="row">All claims</th>
            <td>
              <CountLink count={total} filters={{}} name="claims in all" />
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function StatusTable({ summary }: { summary: OverallCounts }) {
  return (
    <CountTable
      caption="Claims by status"
      facet="Status"
      rows={summary.statuses.map((status) => ({
        key: status,
        label: claimStatusLabel(status),
        name: `claims: ${claimStatusLabel(status)}`,
        count: summary.byStatus.get(status) ?? 0,
        filters: { status },
      }))}
      total={summary.total}
    />
  );
}

function VerdictTable({ summary }: { summary: OverallCounts }) {
  return (
    <CountTable
      caption="Claims by verdict"
      facet="Verdict"
      rows={summary.verdicts.map((verdict) => ({
        key: verdict.id ?? 'none',
        label: <VerdictLabel verdict={verdict} />,
        name: verdict.id === null ? 'claims: no verdict yet' : `claims: ${verdict.label}`,
        count: summary.byVerdict.get(verdict.id) ?? 0,
        filters: { verdictId: verdict.id },
      }))}
    />
  );
}

interface ArticleColumn {
  key: string;
  header: ReactNode;
  name: string;
  count: (article: ArticleCounts) => number;
  filters: ClaimFilters;
}

// One row per article, one column per figure: the per-article tables differ only in these.
function PerArticleTable({
  caption,
  articles,
  columns,
  rowsRef,
}: {
  caption: string;
  articles: ArticleCounts[];
  columns: ArticleColumn[];
  rowsRef?: RefObject<HTMLTableSectionElement | null>;
}) {
  return (
    <div className="dashboard-scroll">
      <table className="dashboard-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={rowsRef}>
          {articles.map((article) => (
            <tr key={article.articleId}>
              <th scope="row">
                <Link to={`/articles/${article.articleId}`}>{article.title}</Link>
              </th>
              {columns.map((column) => (
                <td key={column.key}>
                  <CountLink
                    count={column.count(article)}
                    filters={{ ...column.filters, articleId: article.articleId }}
                    name={`${column.name}, in ${article.title}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const statusColumn = (status: string, header: string = claimStatusLabel(status)): ArticleColumn => ({
  key: status,
  header,
  name: `claims: ${claimStatusLabel(status)}`,
  count: (article) => article.byStatus.get(status) ?? 0,
  filters: { status },
});

// The articles of a selection, a page at a time, shown by `render` with one Show more under all.
function ArticlePages({
  newsroomId,
  articles,
  label,
  empty,
  render,
}: {
  newsroomId: string;
  articles: ArticleSelection;
  label: string;
  empty: string;
  render: (articles: ArticleCounts[], rowsRef: RefObject<HTMLTableSectionElement | null>) => ReactNode;
}) {
  const pages = useInfiniteQuery({ ...dashboardQueries.articleCounts(newsroomId, articles), select: flattenPages });
  const total = useQuery(dashboardQueries.articleTotal(newsroomId, articles));
  const rowsRef = useRef<HTMLTableSectionElement>(null);
  if (pages.isPending) return <LoadingStatus>{`Loading ${label}…`}</LoadingStatus>;
  if (pages.isError) {
    return (
      <ErrorAlert title={`The ${label} could not be loaded.`}>
        <p>{pages.error.message}</p>
      </ErrorAlert>
    );
  }
  if (pages.data.length === 0) return <p>{empty}</p>;
  return (
    <>
      {render(pages.data, rowsRef)}
      <LoadMore
        shown={pages.data.length}
        total={total.data}
        noun={['article', 'articles']}
        hasMore={pages.hasNextPage}
        loading={pages.isFetchingNextPage}
        onLoadMore={() => void pages.fetchNextPage()}
        listRef={rowsRef}
      />
    </>
  );
}

export function ClaimDashboard({ newsroomId }: { newsroomId: string }) {
  const counts = useQuery({ ...claimCountsQueries.ofNewsroom(newsroomId), select: summarizeOverall });

  if (counts.isPending) return <LoadingStatus>Loading the dashboard…</LoadingStatus>;
  if (counts.isError) {
    return (
      <ErrorAlert title="The dashboard could not be loaded.">
        <p>{counts.error.message}</p>
        <button type="button" className="button button-quiet" onClick={() => void counts.refetch()}>
          Try again
        </button>
      </ErrorAlert>
    );
  }
  const summary = counts.data;
  if (summary.total === 0) {
    return (
      <p>
        No claims yet. Open one of the <Link to="/articles">articles</Link> and highlight a claim to start.
      </p>
    );
  }
  return (
    <div className="dashboard">
      <section aria-labelledby="dashboard-waiting" className="dashboard-section">
        <h2 id="dashboard-waiting">Work waiting</h2>
        <ArticlePages
          newsroomId={newsroomId}
          articles="waiting"
          label="articles with work waiting"
          empty="No work waiting: every claim is approved or published."
          render={(articles, rowsRef) => (
            <PerArticleTable
              caption="Articles with work waiting"
              articles={articles}
              columns={[statusColumn('in_review'), statusColumn('changes_requested'), statusColumn('draft', 'Drafts')]}
              rowsRef={rowsRef}
            />
          )}
        />
      </section>
      <section aria-labelledby="dashboard-overall" className="dashboard-section dashboard-overall">
        <h2 id="dashboard-overall">All claims</h2>
        <StatusTable summary={summary} />
        <VerdictTable summary={summary} />
      </section>
      <section aria-labelledby="dashboard-per-article" className="dashboard-section">
        <h2 id="dashboard-per-article">Per article</h2>
        <ArticlePages
          newsroomId={newsroomId}
          articles="with_claims"
          label="articles"
          empty="No article has claims yet."
          render={(articles, rowsRef) => (
            <>
              <PerArticleTable
                caption="Claims per article by status"
                articles={articles}
                columns={[
                  ...summary.statuses.map((status) => statusColumn(status)),
                  { key: 'total', header: 'Total', name: 'claims: all', count: (article) => article.total, filters: {} },
                ]}
                rowsRef={rowsRef}
              />
              <PerArticleTable
                caption="Claims per article by verdict"
                articles={articles}
                columns={summary.verdicts.map((verdict) => ({
                  key: verdict.id ?? 'none',
                  header: <VerdictLabel verdict={verdict} />,
                  name: verdict.id === null ? 'claims: no verdict yet' : `claims: ${verdict.label}`,
                  count: (article) => article.byVerdict.get(verdict.id) ?? 0,
                  filters: { verdictId: verdict.id },
                }))}
              />
            </>
          )}
        />
      </section>
    </div>
  );
}
