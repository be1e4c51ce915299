// Turns the per-article, per-status, per-verdict count rows into what the dashboard shows:
// totals by status and by verdict, the same per article, and the articles with work waiting.
import { claimStatuses, type ClaimStatus } from '../../../entities/claim-status/claim-status';
import type { ClaimCountRow } from '../api/get-claim-counts';

export interface VerdictColumn {
  /** null: claims without a verdict yet. */
  id: string | null;
  label: string;
  color: string | null;
}

export type CountsByStatus = Record<ClaimStatus, number>;

export interface ArticleCounts {
  articleId: string;
  title: string;
  total: number;
  byStatus: CountsByStatus;
  byVerdict: Map<string | null, number>;
}

export interface DashboardSummary {
  total: number;
  byStatus: CountsByStatus;
  verdicts: VerdictColumn[];
  byVerdict: Map<string | null, number>;
  articles: ArticleCounts[];
  /** Articles with claims in review, sent back or still drafts; most waiting first. */
  waiting: ArticleCounts[];
}

function emptyByStatus(): CountsByStatus {
  return { draft: 0, in_review: 0, changes_requested: 0, approved: 0, published: 0, retracted: 0 };
}

function isClaimStatus(status: string | null): status is ClaimStatus {
  return (claimStatuses as readonly (string | null)[]).includes(status);
}

function add<K>(counts: Map<K, number>, key: K, claims: number) {
  counts.set(key, (counts.get(key) ?? 0) + claims);
}

export function waitingCount(article: ArticleCounts): number {
  return article.byStatus.in_review + article.byStatus.changes_requested + article.byStatus.draft;
}

export function summarizeCounts(rows: readonly ClaimCountRow[]): DashboardSummary {
  const byStatus = emptyByStatus();
  const byVerdict = new Map<string | null, number>();
  const verdicts = new Map<string | null, VerdictColumn & { sort: number }>();
  const articles = new Map<string, ArticleCounts>();
  let total = 0;

  for (const row of rows) {
    const claims = row.claims ?? 0;
    if (row.article_id === null || claims === 0) continue;
    total += claims;
    let article = articles.get(row.article_id);
    if (article === undefined) {
      article = { articleId: row.article_id, title: row.article_title ?? '', total: 0, byStatus: emptyByStatus(), byVerdict: new Map() };
      articles.set(row.article_id, article);
    }
    article.total += claims;
    if (isClaimStatus(row.status)) {
      byStatus[row.status] += claims;
      article.byStatus[row.status] += claims;
    }
    add(byVerdict, row.verdict_id, claims);
    add(article.byVerdict, row.verdict_id, claims);
    if (!verdicts.has(row.verdict_id)) {
      verdicts.set(
        row.verdict_id,
        row.verdict_id === null
          ? { id: null, label: 'No verdict yet', color: null, sort: Number.POSITIVE_INFINITY }
          : { id: row.verdict_id, label: row.verdict_label ?? row.verdict_id, color: row.verdict_color, sort: row.verdict_sort ?? Number.MAX_SAFE_INTEGER },
      );
    }
  }

  const articleList = [...articles.values()];
  return {
    total,
    byStatus,
    verdicts: [...verdicts.values()].sort((a, b) => a.sort - b.sort).map(({ id, label, color }) => ({ id, label, color })),
    byVerdict,
    articles: articleList,
    waiting: articleList
      .filter((article) => waitingCount(article) > 0)
      .sort((a, b) => waitingCount(b) - waitingCount(a) || a.title.localeCompare(b.title)),
  };
}
