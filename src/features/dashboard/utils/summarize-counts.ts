// Turns the database's count rows into what the dashboard shows: totals by status and by
// verdict for the whole newsroom, and the same per article for a page of articles. Statuses
// are taken as they come: the workflow's in their order, then any other (a retracted claim).
import { claimStatuses } from '../../../entities/claim-status/claim-status';
import type { KeysetValue, Page } from '../../../lib/keyset';

export interface VerdictColumn {
  /** null: claims without a verdict yet. */
  id: string | null;
  label: string;
  color: string | null;
}

export interface CountRow {
  status: string | null;
  verdict_id: string | null;
  claims: number | null;
}

export interface OverallCountRow extends CountRow {
  verdict_label: string | null;
  verdict_color: string | null;
  verdict_sort: number | null;
}

export interface ArticleCountRow extends CountRow {
  article_id: string | null;
  article_title: string | null;
}

export interface Counts {
  total: number;
  byStatus: Map<string, number>;
  byVerdict: Map<string | null, number>;
}

export interface OverallCounts extends Counts {
  /** The statuses to show: the workflow's, then any other that has claims. */
  statuses: string[];
  /** The verdicts that have claims, along the scale, "no verdict yet" last. */
  verdicts: VerdictColumn[];
}

export interface ArticleCounts extends Counts {
  articleId: string;
  title: string;
}

function emptyCounts(): Counts {
  return { total: 0, byStatus: new Map(), byVerdict: new Map() };
}

function add<K>(counts: Map<K, number>, key: K, claims: number) {
  counts.set(key, (counts.get(key) ?? 0) + claims);
}

function count(into: Counts, row: CountRow) {
  const claims = row.claims ?? 0;
  into.total += claims;
  if (row.status !== null) add(into.byStatus, row.status, claims);
  add(into.byVerdict, row.verdict_id ?? null, claims);
}

// A retraction is rare and ends a claim's workflow: its column shows once a claim has one.
const alwaysShown = claimStatuses.filter((status) => status !== 'retracted');

export function statusesShown(present: Iterable<string>): string[] {
  const known = new Set<string>(alwaysShown);
  return [...alwaysShown, ...[...new Set(present)].filter((status) => !known.has(status)).sort()];
}

export function summarizeOverall(rows: readonly OverallCountRow[]): OverallCounts {
  const counts = emptyCounts();
  const verdicts = new Map<string | null, VerdictColumn & { sort: number }>();
  for (const row of rows) {
    if ((row.claims ?? 0) === 0) continue;
    count(counts, row);
    const id = row.verdict_id ?? null;
    if (!verdicts.has(id)) {
      verdicts.set(
        id,
        id === null
          ? { id: null, label: 'No verdict yet', color: null, sort: Number.POSITIVE_INFINITY }
          : { id, label: row.verdict_label ?? id, color: row.verdict_color, sort: row.verdict_sort ?? Number.MAX_SAFE_INTEGER },
      );
    }
  }
  return {
    ...counts,
    statuses: statusesShown(counts.byStatus.keys()),
    verdicts: [...verdicts.values()].sort((a, b) => a.sort - b.sort).map(({ id, label, color }) => ({ id, label, color })),
  };
}

/**
 * A page of articles from the rows of up to `size` + 1 articles (one row per article, status
 * and verdict, in article order): the extra article, when it came, says that more follow.
 */
export function pageOfArticles(rows: readonly ArticleCountRow[], size: number): Page<ArticleCounts> {
  const articles = new Map<string, ArticleCounts>();
  for (const row of rows) {
    if (row.article_id === null) continue;
    let article = articles.get(row.article_id);
    if (article === undefined) {
      article = { articleId: row.article_id, title: row.article_title ?? '', ...emptyCounts() };
      articles.set(row.article_id, article);
    }
    count(article, row);
  }
  const items = [...articles.values()].slice(0, size);
  const last = items.at(-1);
  const next: KeysetValue[] | null = articles.size > size && last !== undefined ? [last.title, last.articleId] : null;
  return { items, next };
}
