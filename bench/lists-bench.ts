// Measures the lists and the dashboard at newsroom scale: a seeded stack of its own (ports
// 26761–26764) given 10,000 articles and 100,000 claims (bench/lists-seed.sql), then, signed in
// as the Demo Newsroom's editor (and its checker for My work), each list's first page and a
// deep page (keyset, far past PostgREST's 1,000-row cap) and the dashboard's counts, asked
// through the API gateway one at a time as the app asks them, and reported as the p95 latency.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { anonKey, dbPassword, dbUser, repoRoot } from '../stack/config.ts';
import { demoNewsroomId } from '../stack/seed/seed-ids.ts';
import { startStackProcess } from '../stack/stack-process.ts';
import { keysetFilter, type KeysetValue } from '../src/lib/keyset.ts';

export const listsBenchSetup = { articles: 10_000, claims: 100_000, samples: 60, warmUp: 5, pageSize: 50 };
const ports = { api: 26761, db: 26762, postgrest: 26763, auth: 26764 };

export interface ListFigure {
  name: string;
  p95Ms: number;
  p50Ms: number;
  /** Rows in the last answer: a check that the request read what it should. */
  rows: number;
}

interface Request {
  name: string;
  /** A path under /rest/v1, with its query string. */
  path: string;
  body?: Record<string, unknown>;
  /** Whose token: the editor's, or the checker's for My work. */
  as?: 'editor' | 'checker';
  /** Prefer header, for counts. */
  prefer?: string;
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
const limit = String(listsBenchSetup.pageSize + 1);

async function signIn(apiUrl: string, email: string): Promise<string> {
  const response = await fetch(`${apiUrl}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'factmark-demo' }),
  });
  const session = (await response.json()) as { access_token?: string };
  if (session.access_token === undefined) throw new Error(`${email} could not sign in (${response.status})`);
  return session.access_token;
}

// The cursor of the row at `offset` in a list's order, read as the owner, for its deep page.
async function cursorAt(db: pg.Client, sql: string, offset: number): Promise<KeysetValue[]> {
  const { rows } = await db.query<Record<string, string | null>>(`${sql} offset ${offset} limit 1`);
  const row = rows[0];
  if (row === undefined) throw new Error(`no row at ${offset}: ${sql}`);
  return Object.values(row);
}

async function requests(db: pg.Client): Promise<Request[]> {
  const newsroom = demoNewsroomId;
  const claimOne = (await db.query<{ id: string }>("select id from public.claims where claim_text = 'Bench claim 1'")).rows[0]!.id;
  const ts = (column: string) => `to_json(${column})#>>'{}'`;
  const [articleDate, articleCreated, articleId] = await cursorAt(
    db,
    `select published_at::text, ${ts('created_at')}, id from public.articles where newsroom_id = '${newsroom}' order by published_at desc nulls last, created_at desc, id desc`,
    9_000,
  );
  const [queueAt, queueId] = await cursorAt(db, `select ${ts('updated_at')}, id from public.claims where status = 'in_review' order by updated_at, id`, 15_000);
  const [readyAt, readyId] = await cursorAt(db, `select ${ts('reviewed_at')}, id from public.claims where status = 'approved' order by reviewed_at, id`, 15_000);
  const [workAt, workId] = await cursorAt(
    db,
    `select ${ts('updated_at')}, id from public.claims where status = 'draft' and created_by = '11111111-1111-4111-8111-111111111111' order by updated_at desc, id desc`,
    8_000,
  );
  const [listAt, listId] = await cursorAt(
    db,
    `select ${ts('updated_at')}, id from public.claims where status = 'published' and verdict_id = 'false' order by updated_at desc, id desc`,
    2_000,
  );
  const [eventId] = await cursorAt(db, `select id from public.claim_events where claim_id = '${claimOne}' order by id`, 1_100);
  const [commentAt, commentId] = await cursorAt(db, `select ${ts('created_at')}, id from public.claim_comments where claim_id = '${claimOne}' order by created_at, id`, 1_100);
  const [titleAt, titleId] = await cursorAt(
    db,
    `select title, id from public.articles a where newsroom_id = '${newsroom}' and exists (select 1 from public.claims c where c.article_id = a.id) order by title, id`,
    9_000,
  );

  // The same filter the app sends (src/lib/keyset.ts).
  const after = (a: KeysetValue, b: KeysetValue, column: string, direction: 'gt' | 'lt') =>
    `(${keysetFilter(
      [
        { column, ascending: direction === 'gt' },
        { column: 'id', ascending: direction === 'gt' },
      ],
      [a, b],
    )})`;
  const queueColumns =
    'id,article_id,claim_text,quote_exact,claimant,created_by,updated_at,version,article:articles!inner(id,title,newsroom_id),author:profiles!claims_created_by_fkey(display_name),verdict:verdicts(id,label,color)';
  const queue = { select: queueColumns, status: 'eq.in_review', 'article.newsroom_id': `eq.${newsroom}`, order: 'updated_at.asc,id.asc', limit };
  const readyColumns =
    'id,claim_text,reviewed_at,article:articles!inner(id,title,newsroom_id),author:profiles!claims_created_by_fkey(display_name),reviewer:profiles!claims_reviewed_by_fkey(display_name),verdict:verdicts(id,label,color)';
  const ready = { select: readyColumns, status: 'eq.approved', 'article.newsroom_id': `eq.${newsroom}`, order: 'reviewed_at.asc,id.asc', limit };
  const work = {
    select: 'id,article_id,claim_text,quote_exact,status,updated_at,article:articles!inner(id,title,newsroom_id),verdict:verdicts(id,label,color)',
    created_by: 'eq.11111111-1111-4111-8111-111111111111',
    status: 'eq.draft',
    'article.newsroom_id': `eq.${newsroom}`,
    order: 'updated_at.desc,id.desc',
    limit,
  };
  const claimsList = {
    select: 'id,article_id,claim_text,status,updated_at,article:articles!inner(id,title,newsroom_id),verdict:verdicts(id,label,color)',
    'article.newsroom_id': `eq.${newsroom}`,
    status: 'eq.published',
    verdict_id: 'eq.false',
    order: 'updated_at.desc,id.desc',
    limit,
  };
  const articles = { select: 'id,title,publisher,published_at,created_at', newsroom_id: `eq.${newsroom}`, order: 'published_at.desc.nullslast,created_at.desc,id.desc', limit };
  const history = { select: 'id,action,from_status,to_status,from_verdict,to_verdict,note,created_at,actor_name', claim_id: `eq.${claimOne}`, order: 'id.asc', limit };
  const comments = {
    select: 'id,claim_id,body,created_at,author_id,author:profiles!claim_comments_author_id_fkey(display_name)',
    claim_id: `eq.${claimOne}`,
    order: 'created_at.asc,id.asc',
    limit,
  };
  return [
    { name: 'Articles list, first page', path: `/articles?${query(articles)}` },
    {
      name: 'Articles list, deep page (after article 9,000)',
      path: `/articles?${query({
        ...articles,
        or: `(${keysetFilter(
          [
            { column: 'published_at', ascending: false, nullsFirst: false, nullable: true },
            { column: 'created_at', ascending: false },
            { column: 'id', ascending: false },
          ],
          [articleDate!, articleCreated!, articleId!],
        )})`,
      })}`,
    },
    { name: 'Articles list, count (rpc newsroom_article_count)', path: '/rpc/newsroom_article_count', body: { newsroom_id: newsroom } },
    { name: 'Review queue, first page', path: `/claims?${query(queue)}` },
    { name: 'Review queue, deep page (after claim 15,000 of 20,000)', path: `/claims?${query({ ...queue, or: after(queueAt!, queueId!, 'updated_at', 'gt') })}` },
    { name: 'Ready to publish, first page', path: `/claims?${query(ready)}` },
    { name: 'Ready to publish, deep page (after claim 15,000 of 20,000)', path: `/claims?${query({ ...ready, or: after(readyAt!, readyId!, 'reviewed_at', 'gt') })}` },
    { name: 'My work (drafts, 10,000), first page', path: `/claims?${query(work)}`, as: 'checker' },
    { name: 'My work (drafts), deep page (after claim 8,000)', path: `/claims?${query({ ...work, or: after(workAt!, workId!, 'updated_at', 'lt') })}`, as: 'checker' },
    { name: 'My work counts (rpc newsroom_claim_counts with author)', path: '/rpc/newsroom_claim_counts', body: { newsroom_id: newsroom, author: '11111111-1111-4111-8111-111111111111' }, as: 'checker' },
    { name: 'Claims list (published, False), first page', path: `/claims?${query(claimsList)}` },
    { name: 'Claims list (published, False), deep page (after claim 2,000 of 2,500)', path: `/claims?${query({ ...claimsList, or: after(listAt!, listId!, 'updated_at', 'lt') })}` },
    { name: 'Claim history (1,200 events), first page', path: `/claim_events?${query(history)}` },
    { name: 'Claim history, deep page (after event 1,100)', path: `/claim_events?${query({ ...history, or: `(${keysetFilter([{ column: 'id', ascending: true }], [eventId!])})` })}` },
    { name: 'Comments (1,200), first page', path: `/claim_comments?${query(comments)}` },
    { name: 'Comments, deep page (after comment 1,100)', path: `/claim_comments?${query({ ...comments, or: after(commentAt!, commentId!, 'created_at', 'gt') })}` },
    { name: 'Comments and history, counts (rpc claim_thread_counts)', path: '/rpc/claim_thread_counts', body: { claim_id: claimOne } },
    { name: 'Dashboard: newsroom counts by status and verdict (rpc newsroom_claim_counts)', path: '/rpc/newsroom_claim_counts', body: { newsroom_id: newsroom } },
    { name: 'Dashboard: work waiting, first page of articles', path: '/rpc/newsroom_article_claim_counts', body: { newsroom_id: newsroom, waiting_only: true, max_articles: 51 } },
    { name: 'Dashboard: per article, first page', path: '/rpc/newsroom_article_claim_counts', body: { newsroom_id: newsroom, max_articles: 51 } },
    {
      name: 'Dashboard: per article, deep page (after article 9,000)',
      path: '/rpc/newsroom_article_claim_counts',
      body: { newsroom_id: newsroom, max_articles: 51, after_title: titleAt, after_id: titleId },
    },
    { name: 'Dashboard: articles with claims, count (rpc newsroom_article_count)', path: '/rpc/newsroom_article_count', body: { newsroom_id: newsroom, articles: 'with_claims' } },
    { name: 'Navigation badge: claims in review (rpc newsroom_claim_counts, status=eq.in_review)', path: '/rpc/newsroom_claim_counts?status=eq.in_review', body: { newsroom_id: newsroom } },
    { name: 'For comparison, the same count through PostgREST (HEAD, count=exact, row-level security on every row)', path: `/claims?${query({ select: 'id,article:articles!inner(newsroom_id)', status: 'eq.in_review', 'article.newsroom_id': `eq.${newsroom}` })}`, prefer: 'count=exact' },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function measure(apiUrl: string, tokens: Record<'editor' | 'checker', string>, request: Request): Promise<ListFigure> {
  const headers: Record<string, string> = { apikey: anonKey, authorization: `Bearer ${tokens[request.as ?? 'editor']}` };
  if (request.prefer !== undefined) headers.prefer = request.prefer;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const head = request.name.includes('(HEAD');
  const once = async () => {
    const started = performance.now();
    const response = await fetch(`${apiUrl}/rest/v1${request.path}`, {
      method: request.body !== undefined ? 'POST' : head ? 'HEAD' : 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`${request.name}: HTTP ${response.status} ${text.slice(0, 200)}`);
    const parsed: unknown = text === '' ? [] : JSON.parse(text);
    return { ms, rows: Array.isArray(parsed) ? parsed.length : 1 };
  };
  for (let index = 0; index < listsBenchSetup.warmUp; index += 1) await once();
  const times: number[] = [];
  let rows = 0;
  for (let index = 0; index < listsBenchSetup.samples; index += 1) {
    const sample = await once();
    times.push(sample.ms);
    rows = sample.rows;
  }
  times.sort((a, b) => a - b);
  return { name: request.name, p95Ms: percentile(times, 95), p50Ms: percentile(times, 50), rows };
}

export async function measureLists(): Promise<ListFigure[]> {
  const root = await mkdtemp(path.join(tmpdir(), 'factmark-bench-lists-'));
  const stack = await startStackProcess({ ports, dataDir: path.join(root, 'db'), seed: true });
  const db = new pg.Client({ host: '127.0.0.1', port: ports.db, user: dbUser, password: dbPassword, database: 'postgres' });
  try {
    await db.connect();
    await db.query(await readFile(path.join(repoRoot, 'bench', 'lists-seed.sql'), 'utf8'));
    const tokens = {
      editor: await signIn(stack.apiUrl, 'editor@example.com'),
      checker: await signIn(stack.apiUrl, 'checker@example.com'),
    };
    const figures: ListFigure[] = [];
    for (const request of await requests(db)) figures.push(await measure(stack.apiUrl, tokens, request));
    return figures;
  } finally {
    await db.end().catch(() => undefined);
    await stack.stop();
    await rm(root, { recursive: true, force: true });
  }
}
