// How the count rows add up to the dashboard's totals and its list of articles with work waiting.
import { describe, expect, it } from 'vitest';
import type { ClaimCountRow } from '../api/get-claim-counts';
import { summarizeCounts } from './summarize-counts';

const verdict = {
  true: { verdict_id: 'true', verdict_label: 'True', verdict_color: '#15803d', verdict_sort: 1 },
  false: { verdict_id: 'false', verdict_label: 'False', verdict_color: '#b91c1c', verdict_sort: 5 },
  none: { verdict_id: null, verdict_label: null, verdict_color: null, verdict_sort: null },
};

function row(article: 'a' | 'b' | 'c', status: string, v: keyof typeof verdict, claims: number): ClaimCountRow {
  return { article_id: article, article_title: `Article ${article.toUpperCase()}`, status, ...verdict[v], claims };
}

const rows = [
  row('a', 'draft', 'none', 2),
  row('a', 'published', 'false', 3),
  row('b', 'in_review', 'true', 1),
  row('b', 'changes_requested', 'false', 4),
  row('c', 'approved', 'true', 5),
];

describe('summarizeCounts', () => {
  it('adds up claims overall by status and by verdict', () => {
    const summary = summarizeCounts(rows);
    expect(summary.total).toBe(15);
    expect(summary.byStatus).toEqual({ draft: 2, in_review: 1, changes_requested: 4, approved: 5, published: 3, retracted: 0 });
    expect([...summary.byVerdict]).toEqual([
      [null, 2],
      ['false', 7],
      ['true', 6],
    ]);
  });

  it('orders verdicts along the scale, with "no verdict yet" last', () => {
    expect(summarizeCounts(rows).verdicts).toEqual([
      { id: 'true', label: 'True', color: '#15803d' },
      { id: 'false', label: 'False', color: '#b91c1c' },
      { id: null, label: 'No verdict yet', color: null },
    ]);
  });

  it('counts per article', () => {
    const [a, b, c] = summarizeCounts(rows).articles;
    expect(a).toMatchObject({ articleId: 'a', title: 'Article A', total: 5, byStatus: { draft: 2, published: 3 } });
    expect([...a!.byVerdict]).toEqual([
      [null, 2],
      ['false', 3],
    ]);
    expect(b).toMatchObject({ total: 5, byStatus: { in_review: 1, changes_requested: 4 } });
    expect(c).toMatchObject({ total: 5, byStatus: { approved: 5 } });
  });

  it('lists articles with drafts, claims in review or sent back, most waiting first', () => {
    expect(summarizeCounts(rows).waiting.map((article) => article.articleId)).toEqual(['b', 'a']);
  });

  it('has nothing waiting and zero everywhere without claims', () => {
    const summary = summarizeCounts([]);
    expect(summary).toMatchObject({ total: 0, articles: [], waiting: [], verdicts: [] });
    expect(Object.values(summary.byStatus)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
