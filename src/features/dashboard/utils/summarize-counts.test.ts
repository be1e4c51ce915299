// How the database's count rows add up to the dashboard's totals, and into pages of articles.
import { describe, expect, it } from 'vitest';
import { type ArticleCountRow, type OverallCountRow, pageOfArticles, summarizeOverall } from './summarize-counts';

const verdict = {
  true: { verdict_id: 'true', verdict_label: 'True', verdict_color: '#15803d', verdict_sort: 1 },
  false: { verdict_id: 'false', verdict_label: 'False', verdict_color: '#b91c1c', verdict_sort: 5 },
  none: { verdict_id: null, verdict_label: null, verdict_color: null, verdict_sort: null },
};

function overall(status: string, v: keyof typeof verdict, claims: number): OverallCountRow {
  return { status, ...verdict[v], claims };
}

function perArticle(article: 'a' | 'b' | 'c', status: string, verdictId: string | null, claims: number): ArticleCountRow {
  return { article_id: article, article_title: `Article ${article.toUpperCase()}`, status, verdict_id: verdictId, claims };
}

describe('summarizeOverall', () => {
  const rows = [overall('draft', 'none', 2), overall('published', 'false', 3), overall('in_review', 'true', 1), overall('retracted', 'false', 4)];

  it('adds up claims by status and by verdict', () => {
    const summary = summarizeOverall(rows);
    expect(summary.total).toBe(10);
    expect(Object.fromEntries(summary.byStatus)).toEqual({ draft: 2, published: 3, in_review: 1, retracted: 4 });
    expect(summary.byVerdict.get('false')).toBe(7);
    expect(summary.byVerdict.get(null)).toBe(2);
  });

  it('shows the workflow\'s statuses in order, then any other that has claims', () => {
    expect(summarizeOverall(rows).statuses).toEqual(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'retracted']);
    expect(summarizeOverall([]).statuses).toEqual(['draft', 'in_review', 'changes_requested', 'approved', 'published']);
  });

  it('orders verdicts along the scale, with "no verdict yet" last', () => {
    expect(summarizeOverall(rows).verdicts).toEqual([
      { id: 'true', label: 'True', color: '#15803d' },
      { id: 'false', label: 'False', color: '#b91c1c' },
      { id: null, label: 'No verdict yet', color: null },
    ]);
  });
});

describe('pageOfArticles', () => {
  const rows = [
    perArticle('a', 'draft', null, 2),
    perArticle('a', 'published', 'false', 3),
    perArticle('b', 'in_review', 'true', 1),
    perArticle('c', 'approved', 'true', 5),
  ];

  it('counts per article, in the order given', () => {
    const { items } = pageOfArticles(rows, 5);
    expect(items.map((article) => [article.articleId, article.total])).toEqual([
      ['a', 5],
      ['b', 1],
      ['c', 5],
    ]);
    expect(Object.fromEntries(items[0]!.byStatus)).toEqual({ draft: 2, published: 3 });
    expect(items[0]!.byVerdict.get(null)).toBe(2);
  });

  it('keeps the page\'s articles and starts the next page after the last one when more came', () => {
    const page = pageOfArticles(rows, 2);
    expect(page.items.map((article) => article.articleId)).toEqual(['a', 'b']);
    expect(page.next).toEqual(['Article B', 'b']);
    expect(pageOfArticles(rows, 3).next).toBeNull();
  });
});
