// The signed-in home page's figures: claims by status and by verdict, overall and per
// article, and the articles with work waiting. All of it comes from one request for the
// database's aggregate, however many claims there are.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { claimStatuses, claimStatusLabels, type ClaimStatus } from '../../../entities/claim-status/claim-status';
import { dashboardQueries } from '../api/dashboard-queries';
import { type ArticleCounts, type DashboardSummary, summarizeCounts } from '../utils/summarize-counts';
import { VerdictLabel } from './verdict-label';
import './dashboard.css';

function ArticleLink({ article }: { article: ArticleCounts }) {
  return <Link to={`/articles/${article.articleId}`}>{article.title}</Link>;
}

interface CountRow {
  key: string;
  label: ReactNode;
  count: number;
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
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
      {total === undefined ? null : (
        <tfoot>
          <tr>
            <th scope="row">All claims</th>
            <td>{total}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

function StatusTable({ summary }: { summary: DashboardSummary }) {
  return (
    <CountTable
      caption="Claims by status"
      facet="Status"
      rows={claimStatuses.map((status) => ({ key: status, label: claimStatusLabels[status], count: summary.byStatus[status] }))}
      total={summary.total}
    />
  );
}

function VerdictTable({ summary }: { summary: DashboardSummary }) {
  return (
    <CountTable
      caption="Claims by verdict"
      facet="Verdict"
      rows={summary.verdicts.map((verdict) => ({
        key: verdict.id ?? 'none',
        label: <VerdictLabel verdict={verdict} />,
        count: summary.byVerdict.get(verdict.id) ?? 0,
      }))}
    />
  );
}

interface ArticleColumn {
  key: string;
  header: ReactNode;
  count: (article: ArticleCounts) => number;
}

// One row per article, one column per figure: the per-article tables differ only in these.
function PerArticleTable({ caption, articles, columns }: { caption: string; articles: ArticleCounts[]; columns: ArticleColumn[] }) {
  return (
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
      <tbody>
        {articles.map((article) => (
          <tr key={article.articleId}>
            <th scope="row">
              <ArticleLink article={article} />
            </th>
            {columns.map((column) => (
              <td key={column.key}>{column.count(article)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const statusColumn = (status: ClaimStatus, header: string = claimStatusLabels[status]): ArticleColumn => ({
  key: status,
  header,
  count: (article) => article.byStatus[status],
});

function WaitingTable({ summary }: { summary: DashboardSummary }) {
  if (summary.waiting.length === 0) {
    return <p>No work waiting: every claim is approved or published.</p>;
  }
  return (
    <PerArticleTable
      caption="Articles with work waiting"
      articles={summary.waiting}
      columns={[statusColumn('in_review'), statusColumn('changes_requested'), statusColumn('draft', 'Drafts')]}
    />
  );
}

function ArticleStatusTable({ summary }: { summary: DashboardSummary }) {
  return (
    <PerArticleTable
      caption="Claims per article by status"
      articles={summary.articles}
      columns={[
        ...claimStatuses.map((status) => statusColumn(status)),
        { key: 'total', header: 'Total', count: (article) => article.total },
      ]}
    />
  );
}

function ArticleVerdictTable({ summary }: { summary: DashboardSummary }) {
  return (
    <PerArticleTable
      caption="Claims per article by verdict"
      articles={summary.articles}
      columns={summary.verdicts.map((verdict) => ({
        key: verdict.id ?? 'none',
        header: <VerdictLabel verdict={verdict} />,
        count: (article) => article.byVerdict.get(verdict.id) ?? 0,
      }))}
    />
  );
}

export function ClaimDashboard({ newsroomId }: { newsroomId: string }) {
  const counts = useQuery({ ...dashboardQueries.claimCounts(newsroomId), select: (data) => ({ ...data, summary: summarizeCounts(data.rows) }) });

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
  const { summary, complete } = counts.data;
  if (summary.total === 0) {
    return (
      <p>
        No claims yet. Open one of the <Link to="/articles">articles</Link> and highlight a claim to start.
      </p>
    );
  }
  return (
    <div className="dashboard">
      {complete ? null : (
        <p role="status" className="dashboard-partial">
          There are more articles than the dashboard can count at once; the figures below cover only part of them.
        </p>
      )}
      <section aria-labelledby="dashboard-waiting" className="dashboard-section">
        <h2 id="dashboard-waiting">Work waiting</h2>
        <WaitingTable summary={summary} />
      </section>
      <section aria-labelledby="dashboard-overall" className="dashboard-section dashboard-overall">
        <h2 id="dashboard-overall">All claims</h2>
        <StatusTable summary={summary} />
        <VerdictTable summary={summary} />
      </section>
      <section aria-labelledby="dashboard-per-article" className="dashboard-section">
        <h2 id="dashboard-per-article">Per article</h2>
        <ArticleStatusTable summary={summary} />
        <ArticleVerdictTable summary={summary} />
      </section>
    </div>
  );
}
