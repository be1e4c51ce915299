// The dashboard's one aggregate: claim counts per article, status and verdict, with the
// article's newsroom. Members get exact counts of their newsroom's claims with the verdict's
// label and colour, and of other newsrooms nothing but published claims; anonymous callers
// get nothing, not even for published claims they may read one by one; nobody writes to it.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoNewsroomId } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeArticle, arrangeClaim, type ClaimStatus, countWhere, marker, withDb } from '../support/rls-fixtures.ts';

const as = useCallers();

let articleId: string;
let articleTitle: string;

async function arrangeClaimWith(status: ClaimStatus, verdict: string | null) {
  const claim = await arrangeClaim({ articleId, status, complete: verdict !== null });
  if (verdict !== null && verdict !== 'false') {
    await withDb((db) => db.query('update public.claims set verdict_id = $1 where id = $2', [verdict, claim.id]));
  }
}

beforeAll(async () => {
  articleTitle = marker('dashboard article');
  articleId = await arrangeArticle({ title: articleTitle });
  await arrangeClaimWith('draft', null);
  await arrangeClaimWith('draft', null);
  await arrangeClaimWith('draft', 'true');
  await arrangeClaimWith('in_review', 'false');
  await arrangeClaimWith('in_review', 'false');
  await arrangeClaimWith('changes_requested', 'misleading');
  await arrangeClaimWith('published', 'false');
});

describe('claim_counts_by_article', () => {
  it('gives a signed-in user one row per status and verdict with exact counts and the verdict\'s label', async () => {
    const { data, error } = await as.checker
      .from('claim_counts_by_article')
      .select('*')
      .eq('article_id', articleId)
      .order('status')
      .order('verdict_sort', { nullsFirst: true });
    expect(error).toBeNull();
    expect(data).toEqual([
      { article_id: articleId, article_title: articleTitle, status: 'changes_requested', verdict_id: 'misleading', verdict_label: 'Misleading', verdict_color: '#6e40c9', verdict_sort: 6, claims: 1, newsroom_id: demoNewsroomId },
      { article_id: articleId, article_title: articleTitle, status: 'draft', verdict_id: null, verdict_label: null, verdict_color: null, verdict_sort: null, claims: 2, newsroom_id: demoNewsroomId },
      { article_id: articleId, article_title: articleTitle, status: 'draft', verdict_id: 'true', verdict_label: 'True', verdict_color: '#15803d', verdict_sort: 1, claims: 1, newsroom_id: demoNewsroomId },
      { article_id: articleId, article_title: articleTitle, status: 'in_review', verdict_id: 'false', verdict_label: 'False', verdict_color: '#b91c1c', verdict_sort: 5, claims: 2, newsroom_id: demoNewsroomId },
      { article_id: articleId, article_title: articleTitle, status: 'published', verdict_id: 'false', verdict_label: 'False', verdict_color: '#b91c1c', verdict_sort: 5, claims: 1, newsroom_id: demoNewsroomId },
    ]);
  });

  it('adds up to every claim of the newsroom, and of other newsrooms to their published claims only, for checkers and editors alike', async () => {
    const totals = await withDb(async (db) =>
      (
        await db.query<{ newsroom_id: string; all: number; published: number }>(
          `select a.newsroom_id, count(*)::int as all, (count(*) filter (where c.status = 'published'))::int as published
           from public.claims c join public.articles a on a.id = c.article_id group by a.newsroom_id`,
        )
      ).rows,
    );
    const expected = Object.fromEntries(totals.map((t) => [t.newsroom_id, t.newsroom_id === demoNewsroomId ? t.all : t.published]));
    for (const caller of [as.checker2, as.editor]) {
      const { data, error } = await caller.from('claim_counts_by_article').select('claims, newsroom_id');
      expect(error).toBeNull();
      const seen: Record<string, number> = {};
      for (const row of data ?? []) seen[row.newsroom_id!] = (seen[row.newsroom_id!] ?? 0) + (row.claims ?? 0);
      expect(seen).toEqual(Object.fromEntries(Object.entries(expected).filter(([, n]) => n > 0)));
    }
  });

  it('follows the claims as they change', async () => {
    await arrangeClaimWith('approved', 'true');
    const { data } = await as.editor.from('claim_counts_by_article').select('claims').eq('article_id', articleId).eq('status', 'approved');
    expect(data).toEqual([{ claims: 1 }]);
  });

  it('runs with the caller\'s rights, so RLS on claims and articles applies', async () => {
    const options = await withDb(
      async (db) => (await db.query<{ reloptions: string[] }>("select reloptions from pg_class where oid = 'public.claim_counts_by_article'::regclass")).rows[0]!.reloptions,
    );
    expect(options).toContain('security_invoker=true');
  });

  it('gives anonymous callers nothing, not even the published claim they may read directly', async () => {
    const { data: published } = await as.anon.from('claims').select('id').eq('article_id', articleId);
    expect(published).toHaveLength(1);
    const { data, error } = await as.anon.from('claim_counts_by_article').select('*').eq('article_id', articleId);
    expect(error?.code).toBe('42501');
    expect(data).toBeNull();
  });

  it('cannot be written to by anyone through the API', async () => {
    const before = await countWhere('claims', 'article_id', articleId);
    for (const caller of [as.admin, as.anon]) {
      const { error } = await caller.from('claim_counts_by_article').insert({ article_id: articleId, status: 'draft', claims: 5 } as never);
      expect(error).not.toBeNull();
      const { error: deleted } = await caller.from('claim_counts_by_article').delete().eq('article_id', articleId);
      expect(deleted).not.toBeNull();
    }
    expect(await countWhere('claims', 'article_id', articleId)).toBe(before);
  });
});
