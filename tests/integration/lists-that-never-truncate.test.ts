// Lists that never truncate: the newsroom's claim counts are exact past PostgREST's 1,000-row
// cap and follow every change (tallies kept by triggers), read only by the newsroom's members
// (a member of another newsroom and a stranger get nothing, anonymous callers are refused),
// and keyset pages walk a list of 1,234 claims and one of articles with undated ones to the
// end, each row once and in order.
import { beforeAll, describe, expect, it } from 'vitest';
import { afterCursor, type KeysetColumn, type KeysetValue } from '../../src/lib/keyset.ts';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { type Client, useCallers } from '../support/callers.ts';
import { marker, testArticleText, withDb } from '../support/rls-fixtures.ts';
import { useThrowaways } from '../support/throwaways.ts';

const as = useCallers();
const throwaways = useThrowaways();

const claimCount = 1234;
let newsroomId: string;
let articleId: string;
let falseVerdictId: string;

async function arrangeArticleIn(newsroom: string, title: string, publishedAt: string | null): Promise<string> {
  return withDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `insert into public.articles (newsroom_id, title, body, body_text, created_by, published_at)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [
        newsroom,
        title,
        { type: 'doc', content: testArticleText.split('\n\n').map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
        testArticleText,
        demoUserIds.checker,
        publishedAt,
      ],
    );
    return rows[0]!.id;
  });
}

// Claims written in one statement as the superuser, with every trigger on: statuses and
// verdicts cycle, and every tenth claim is the editor's.
async function arrangeClaims(article: string, count: number, verdictId: string) {
  await withDb((db) =>
    db.query(
      `insert into public.claims (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, claim_text,
         verdict_id, status, created_by)
       select $1, 'beta gamma', 'Alpha ', ' delta.', 6, 16, 'Claim ' || n,
         case when n % 2 = 0 then $2 end,
         (array['draft', 'in_review', 'published'])[1 + n % 3],
         case when n % 10 = 0 then $3::uuid else $4::uuid end
       from generate_series(1, $5::integer) as n`,
      [article, verdictId, demoUserIds.editor, demoUserIds.checker, count],
    ),
  );
}

/** What the database holds for the newsroom, counted as the superuser, as the RPC reports it. */
async function storedCounts(newsroom: string, author: string | null = null) {
  return withDb(async (db) => {
    const { rows } = await db.query<{ status: string; verdict_id: string | null; claims: number }>(
      `select c.status, c.verdict_id, count(*)::integer as claims
       from public.claims c join public.articles a on a.id = c.article_id
       where a.newsroom_id = $1 and ($2::uuid is null or c.created_by = $2::uuid)
       group by 1, 2`,
      [newsroom, author],
    );
    return sortCounts(rows);
  });
}

function sortCounts<Row extends { status: string; verdict_id: string | null; claims: number }>(rows: readonly Row[]) {
  return rows
    .map(({ status, verdict_id, claims }) => ({ status, verdict_id, claims }))
    .sort((a, b) => `${a.status}/${a.verdict_id}`.localeCompare(`${b.status}/${b.verdict_id}`));
}

async function countsAs(caller: Client, newsroom: string, author?: string) {
  const { data, error } = await caller.rpc('newsroom_claim_counts', { newsroom_id: newsroom, ...(author === undefined ? {} : { author }) });
  expect(error).toBeNull();
  return sortCounts(data ?? []);
}

beforeAll(async () => {
  const newsroom = await throwaways.arrangeNewsroom({ [demoUserIds.checker]: 'checker', [demoUserIds.editor]: 'editor' }, 'Lists Newsroom');
  newsroomId = newsroom.id;
  falseVerdictId = await withDb(
    async (db) => (await db.query<{ id: string }>("select id from public.verdicts where newsroom_id = $1 and label = 'False'", [newsroomId])).rows[0]!.id,
  );
  articleId = await arrangeArticleIn(newsroomId, marker('lists article'), '2026-06-01');
  await arrangeClaims(articleId, claimCount, falseVerdictId);
});

describe('newsroom_claim_counts', () => {
  it('counts every claim of the newsroom exactly, past 1,000 rows, with the verdict\'s label', async () => {
    const counts = await countsAs(as.checker, newsroomId);
    expect(counts).toEqual(await storedCounts(newsroomId));
    expect(counts.reduce((sum, row) => sum + row.claims, 0)).toBe(claimCount);
    const { data } = await as.editor.rpc('newsroom_claim_counts', { newsroom_id: newsroomId }).eq('verdict_id', falseVerdictId).eq('status', 'draft');
    expect(data).toEqual([{ status: 'draft', verdict_id: falseVerdictId, verdict_label: 'False', verdict_color: '#b91c1c', verdict_sort: 5, claims: expect.any(Number) }]);
  });

  it('counts one author\'s claims when asked', async () => {
    expect(await countsAs(as.checker, newsroomId, demoUserIds.editor)).toEqual(await storedCounts(newsroomId, demoUserIds.editor));
    expect((await countsAs(as.checker, newsroomId, demoUserIds.editor)).reduce((sum, row) => sum + row.claims, 0)).toBe(123);
  });

  it('gives a member of another newsroom and a stranger nothing, and refuses anonymous callers', async () => {
    expect(await countsAs(as.harbourChecker, newsroomId)).toEqual([]);
    const stranger = await throwaways.signUpStranger('lists-stranger');
    expect(await countsAs(stranger.client, newsroomId)).toEqual([]);
    const anon = await as.anon.rpc('newsroom_claim_counts', { newsroom_id: newsroomId });
    expect(anon.error?.code).toBe('42501');
    expect(anon.data).toBeNull();
  });

  it('follows updates, deletions and an article\'s deletion with its claims', async () => {
    const other = await arrangeArticleIn(newsroomId, marker('lists second article'), null);
    await arrangeClaims(other, 30, falseVerdictId);
    await withDb(async (db) => {
      await db.query("update public.claims set status = 'approved' where article_id = $1 and status = 'in_review'", [other]);
      await db.query('update public.claims set verdict_id = null where article_id = $1 and claim_text = $2', [other, 'Claim 2']);
      await db.query("update public.claims set claim_text = claim_text || ' (edited)' where article_id = $1", [other]);
      await db.query("delete from public.claims where article_id = $1 and status = 'draft'", [other]);
    });
    expect(await countsAs(as.editor, newsroomId)).toEqual(await storedCounts(newsroomId));
    await withDb((db) => db.query('delete from public.articles where id = $1', [other]));
    const counts = await countsAs(as.editor, newsroomId);
    expect(counts).toEqual(await storedCounts(newsroomId));
    expect(counts.reduce((sum, row) => sum + row.claims, 0)).toBe(claimCount);
  });
});

describe('claim_thread_counts', () => {
  it('counts a claim\'s comments and history for its newsroom\'s members only', async () => {
    const claimId = await withDb(
      async (db) => (await db.query<{ id: string }>("select id from public.claims where article_id = $1 and claim_text = 'Claim 1'", [articleId])).rows[0]!.id,
    );
    await withDb((db) => db.query("insert into public.claim_comments (claim_id, author_id, body) values ($1, $2, 'One'), ($1, $2, 'Two')", [claimId, demoUserIds.checker]));
    const events = await withDb(async (db) => (await db.query<{ n: number }>('select count(*)::integer as n from public.claim_events where claim_id = $1', [claimId])).rows[0]!.n);
    const member = await as.checker.rpc('claim_thread_counts', { claim_id: claimId });
    expect(member.data).toEqual([{ comments: 2, events }]);
    const outsider = await as.harbourChecker.rpc('claim_thread_counts', { claim_id: claimId });
    expect(outsider.data).toEqual([]);
    expect((await as.anon.rpc('claim_thread_counts', { claim_id: claimId })).error?.code).toBe('42501');
  });
});

/** Every row of a list, page by page with the app's keyset filter, as the caller reads it. */
async function walk<Row extends Record<string, unknown>>(
  read: (after: KeysetValue[] | null) => Promise<Row[]>,
  cursorOf: (row: Row) => KeysetValue[],
  size: number,
) {
  const rows: Row[] = [];
  let after: KeysetValue[] | null = null;
  let pages = 0;
  for (;;) {
    const page = await read(after);
    pages += 1;
    rows.push(...page.slice(0, size));
    if (page.length <= size) return { rows, pages };
    after = cursorOf(page[size - 1]!);
  }
}

describe('keyset paging', () => {
  it('walks 1,234 claims (most sharing one timestamp) to the end, latest change first, each once', async () => {
    const order: KeysetColumn[] = [
      { column: 'updated_at', ascending: false },
      { column: 'id', ascending: false },
    ];
    const size = 200;
    const { rows, pages } = await walk(
      async (after) => {
        const query = as.checker.from('claims').select('id, updated_at, article:articles!inner(newsroom_id)').eq('article.newsroom_id', newsroomId);
        const { data, error } = await afterCursor(query, order, after)
          .order('updated_at', { ascending: false })
          .order('id', { ascending: false })
          .limit(size + 1);
        expect(error).toBeNull();
        return data ?? [];
      },
      (row) => [row.updated_at, row.id],
      size,
    );
    const expected = await withDb(
      async (db) =>
        (
          await db.query<{ id: string }>(
            'select c.id from public.claims c join public.articles a on a.id = c.article_id where a.newsroom_id = $1 order by c.updated_at desc, c.id desc',
            [newsroomId],
          )
        ).rows.map((row) => row.id),
    );
    expect(expected).toHaveLength(claimCount);
    expect(pages).toBe(Math.ceil(claimCount / size));
    expect(rows.map((row) => row.id)).toEqual(expected);
  });

  it('walks articles newest publication first with undated ones last, each once', async () => {
    const newsroom = await throwaways.arrangeNewsroom({ [demoUserIds.checker]: 'checker' }, 'Lists Articles Newsroom');
    for (let index = 0; index < 23; index += 1) {
      await arrangeArticleIn(newsroom.id, `Article ${index}`, index % 4 === 0 ? null : `2026-0${1 + (index % 3)}-15`);
    }
    const order: KeysetColumn[] = [
      { column: 'published_at', ascending: false, nullsFirst: false, nullable: true },
      { column: 'created_at', ascending: false },
      { column: 'id', ascending: false },
    ];
    const size = 5;
    const { rows } = await walk(
      async (after) => {
        const query = as.checker.from('articles').select('id, published_at, created_at').eq('newsroom_id', newsroom.id);
        const { data, error } = await afterCursor(query, order, after)
          .order('published_at', { ascending: false, nullsFirst: false })
          .order('created_at', { ascending: false })
          .order('id', { ascending: false })
          .limit(size + 1);
        expect(error).toBeNull();
        return data ?? [];
      },
      (row) => [row.published_at, row.created_at, row.id],
      size,
    );
    const expected = await withDb(
      async (db) =>
        (
          await db.query<{ id: string }>('select id from public.articles where newsroom_id = $1 order by published_at desc nulls last, created_at desc, id desc', [
            newsroom.id,
          ])
        ).rows.map((row) => row.id),
    );
    expect(rows.map((row) => row.id)).toEqual(expected);
    expect(expected).toHaveLength(23);
  });

  it('pages the dashboard\'s per-article counts by title and counts the articles', async () => {
    const { data: first } = await as.checker.rpc('newsroom_article_claim_counts', { newsroom_id: newsroomId, max_articles: 1 });
    expect(first?.every((row) => row.article_id === articleId)).toBe(true);
    expect(first?.reduce((sum, row) => sum + row.claims, 0)).toBe(claimCount);
    const { data: next } = await as.checker.rpc('newsroom_article_claim_counts', {
      newsroom_id: newsroomId,
      after_title: first![0]!.article_title,
      after_id: articleId,
    });
    expect(next).toEqual([]);
    expect((await as.checker.rpc('newsroom_article_count', { newsroom_id: newsroomId, articles: 'with_claims' })).data).toBe(1);
    expect((await as.checker.rpc('newsroom_article_count', { newsroom_id: newsroomId, articles: 'waiting' })).data).toBe(1);
    expect((await as.harbourChecker.rpc('newsroom_article_count', { newsroom_id: newsroomId })).data).toBe(0);
    expect((await as.harbourChecker.rpc('newsroom_article_claim_counts', { newsroom_id: newsroomId })).data).toEqual([]);
    expect((await as.checker.rpc('newsroom_article_count', { newsroom_id: newsroomId, articles: 'some' })).error?.code).toBe('22023');
  });
});
