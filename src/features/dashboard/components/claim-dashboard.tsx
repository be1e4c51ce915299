// The signed-in home page's figures: claims by status and by verdict, overall and per
// article, and the articles with work waiting. All of it comes from one request for the
// database's aggregate, however many claims there are.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { dashboardQueries } from '../api/dashboard-queries';
import { claimStatuses, claimStatusLabels } from '../../../entities/claim-status/claim-status';
import { type ArticleCounts, type DashboardSummary, summarizeCounts } from '../utils/summarize-counts';
import { VerdictLabel } from './verdict-label';
import './dashboard.css';

function ArticleLink({ article }: { article: ArticleCounts }) {
  return <Link to={`/articles/${article.articleId}`}>{article.title}</Link>;
}

function StatusTable({ summary }: { summary: DashboardSummary }) {
  return (
    <table className="dashboard-table">
      <caption>Claims by status</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Claims</th>
        </tr>
      </thead>
      <tbody>
        {claimStatuses.map((status) => (
          <tr key={status}>
            <th scope="row">{claimStatusLabels[status]}</th>
            <td>{summary.byStatus[status]}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All claims</th>
          <td>{summary.total}</td>
        </tr>
      </tfoot>
    </table>
  );
}

function VerdictTable({ summary }: { summary: DashboardSummary }) {
  return (
    <table className="dashboard-table">
      <caption>Claims by verdict</caption>
      <thead>
        <tr>
          <th scope="col">Verdict</th>
          <th scope="col">Claims</th>
        </tr>
      </thead>
      <tbody>
        {summary.verdicts.map((verdict) => (
          <tr key={verdict.id ?? 'none'}>
            <th scope="row">
              <VerdictLabel verdict={verdict} />
            </th>
            <td>{summary.byVerdict.get(verdict.id) ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WaitingTable({ summary }: { summary: DashboardSummary }) {
  if (summary.waiting.length === 0) {
    return <p>No work waiting: every claim is approved or published.</p>;
  }
  return (
    <table className="dashboard-table">
      <caption>Articles with work waiting</caption>
      <thead>
        <tr>
          <th scope="col">Article</th>
          <th scope="col">{claimStatusLabels.in_review}</th>
          <th scope="col">{claimStatusLabels.changes_requested}</th>
          <th scope="col">Drafts</th>
        </tr>
      </thead>
      <tbody>
        {summary.waiting.map((article) => (
          <tr key={article.articleId}>
            <th scope="row">
              <ArticleLink article={article} />
            </th>
            <td>{article.byStatus.in_review}</td>
            <td>{article.byStatus.changes_requested}</td>
            <td>{article.byStatus.draft}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ArticleStatusTable({ summary }: { summary: DashboardSummary }) {
  return (
    <table className="dashboard-table">
      <caption>Claims per article by status</caption>
      <thead>
        <tr>
          <th scope="col">Article</th>
          {claimStatuses.map((status) => (
            <th key={status} scope="col">
              {claimStatusLabels[status]}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {summary.articles.map((article) => (
          <tr key={article.articleId}>
            <th scope="row">
              <ArticleLink article={article} />
            </th>
            {claimStatuses.map((status) => (
              <td key={status}>{article.byStatus[status]}</td>
            ))}
            <td>{article.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ArticleVerdictTable({ summary }: { summary: DashboardSummary }) {
  return (
    <table className="dashboard-table">
      <caption>Claims per article by verdict</caption>
      <thead>
        <tr>
          <th scope="col">Article</th>
          {summary.verdicts.map((verdict) => (
            <th key={verdict.id ?? 'none'} scope="col">
              <VerdictLabel verdict={verdict} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {summary.articles.map((article) => (
          <tr key={article.articleId}>
            <th scope="row">
              <ArticleLink article={article} />
            </th>
            {summary.verdicts.map((verdict) => (
              <td key={verdict.id ?? 'none'}>{article.byVerdict.get(verdict.id) ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ClaimDashboard() {
  const counts = useQuery({ ...dashboardQueries.claimCounts(), select: (data) => ({ ...data, summary: summarizeCounts(data.rows) }) });

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
