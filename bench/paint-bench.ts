// Measures opening the annotated article page: starts the local stack on the benchmark's own
// ports (e2e offset 400) in a throwaway data directory, stores the 50,000-character article with
// its 1,000 claims, serves a production build of the app with Vite's preview server, signs in as
// the demo checker and opens the article. The page itself records when the article text first
// shows, when every claim's highlight (an element with data-claim-id in the editor) is in the
// DOM and painted, when the side panel lists every claim, and every long main-thread task
// (bench/record-paint.js) until settleMs after both.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import pg from 'pg';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { repoRoot } from '../stack/config.ts';
import { demoAccounts, demoNewsroomId, demoPassword, demoUserIds } from '../stack/seed/seed-ids.ts';
import { startStack } from '../stack/stack.ts';
import type { BenchArticle } from './bench-article.ts';

export type PaintFigures =
  | {
      painted: number;
      paintMs: number;
      // Long tasks (> 50 ms) from navigation until settleMs after the highlights are painted
      // and the side panel lists every claim, longest first, relative to the text showing.
      longTasks: { startAfterTextMs: number; durationMs: number }[];
      listLoadedKb: number;
      articleLoadedKb: number;
    }
  | { skipped: string };

const ports = { api: 26721, db: 26722, postgrest: 26731, auth: 26732, app: 26573 };
const workspaceFile = path.join(repoRoot, 'src', 'features', 'claims', 'components', 'workspace', 'article-workspace.tsx');
const benchArticleId = 'bbbbbbbb-bbbb-4bbb-8bbb-000000000400';
const paintTimeoutMs = 60_000;
const settleMs = 2_000;

interface PaintRecord {
  textAt: number | null;
  highlightedAt: number | null;
  paintedAt: number | null;
  highlights: number;
  cardsAt: number | null;
  longTasks: { start: number; duration: number }[];
}

async function storeArticle(dbUrl: string, article: BenchArticle): Promise<void> {
  const client = new pg.Client(dbUrl);
  await client.connect();
  try {
    const verdicts = (await client.query<{ id: string }>('select id from public.verdicts where newsroom_id = $1 order by sort', [demoNewsroomId])).rows.map((row) => row.id);
    const body = {
      type: 'doc',
      content: article.paragraphs.map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })),
    };
    await client.query(
      `insert into public.articles (id, newsroom_id, title, publisher, body, body_text, created_by)
       values ($1, $5, 'Benchmark: 50,000 characters, 1,000 claims', 'Factmark bench', $2, $3, $4)`,
      [benchArticleId, JSON.stringify(body), article.text, demoUserIds.checker, demoNewsroomId],
    );
    const claims = article.anchors.map((anchor, index) => ({
      article_id: benchArticleId,
      quote_exact: anchor.exact,
      quote_prefix: anchor.prefix,
      quote_suffix: anchor.suffix,
      start_offset: anchor.start,
      end_offset: anchor.end,
      claim_text: anchor.exact,
      verdict_id: index % 3 === 0 ? null : verdicts[index % verdicts.length] ?? null,
      created_by: demoUserIds.checker,
    }));
    await client.query(
      `insert into public.claims (article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, claim_text, verdict_id, created_by)
       select article_id, quote_exact, quote_prefix, quote_suffix, start_offset, end_offset, claim_text, verdict_id, created_by
       from jsonb_to_recordset($1::jsonb) as claim(article_id uuid, quote_exact text, quote_prefix text, quote_suffix text,
         start_offset integer, end_offset integer, claim_text text, verdict_id text, created_by uuid)`,
      [JSON.stringify(claims)],
    );
  } finally {
    await client.end();
  }
}

export async function measurePaint(browser: Browser, article: BenchArticle): Promise<PaintFigures> {
  if (!existsSync(workspaceFile)) return { skipped: 'the annotated article page (ArticleWorkspace) does not exist yet' };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'factmark-bench-'));
  const cleanups: Array<() => Promise<void>> = [() => rm(dataDir, { recursive: true, force: true })];
  try {
    const stack = await startStack({
      ports: { api: ports.api, db: ports.db, postgrest: ports.postgrest, auth: ports.auth },
      dataDir,
      seed: true,
      log: () => {},
    });
    cleanups.push(stack.stop);
    await storeArticle(stack.dbUrl, article);

    // The build reads the Supabase settings from the environment, so it talks to this stack.
    process.env.VITE_SUPABASE_URL = stack.apiUrl;
    process.env.VITE_SUPABASE_ANON_KEY = stack.anonKey;
    const outDir = path.join(dataDir, 'app');
    const configFile = path.join(repoRoot, 'vite.config.ts');
    await build({ configFile, root: repoRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const server = await preview({
      configFile,
      root: repoRoot,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: ports.app, strictPort: true },
    });
    cleanups.push(() => new Promise<void>((resolve) => server.httpServer.close(() => resolve())));

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    cleanups.push(() => context.close());
    const page = await context.newPage();
    const appUrl = `http://127.0.0.1:${ports.app}`;
    const checker = demoAccounts.find((account) => account.role === 'checker')!;
    await page.goto(`${appUrl}/sign-in`);
    await page.getByLabel('Email').fill(checker.email);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('banner').getByText(checker.email).waitFor();

    // What Chromium really fetches, as a check on the manifest-based bundle figures.
    const loadedScripts = new Set<string>();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.js')) loadedScripts.add(pathname);
    });
    const loadedKb = async () => {
      let bytes = 0;
      for (const pathname of loadedScripts) bytes += gzipSync(await readFile(path.join(outDir, pathname))).length;
      loadedScripts.clear();
      return bytes / 1024;
    };
    await loadedKb();
    await page.goto(`${appUrl}/articles`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: /Benchmark/ }).waitFor();
    const listLoadedKb = await loadedKb();

    const recorder = await readFile(path.join(repoRoot, 'bench', 'record-paint.js'), 'utf8');
    await page.addInitScript({ content: `window.expectedHighlights = ${article.anchors.length};\n${recorder}` });
    await page.goto(`${appUrl}/articles/${benchArticleId}`);
    await page
      .waitForFunction(
        () => {
          const { paintedAt, cardsAt } = (window as unknown as { paintRecord: PaintRecord }).paintRecord;
          return paintedAt !== null && cardsAt !== null;
        },
        undefined,
        { timeout: paintTimeoutMs, polling: 100 },
      )
      .catch(() => undefined);
    await page.waitForTimeout(settleMs);
    const record = await page.evaluate(() => (window as unknown as { paintRecord: PaintRecord }).paintRecord);
    if (record.textAt === null) return { skipped: 'the article text never showed' };
    if (record.paintedAt === null) {
      return { skipped: `only ${record.highlights} of ${article.anchors.length} highlights were painted after ${paintTimeoutMs / 1000} s` };
    }
    if (record.cardsAt === null) {
      return { skipped: `the side panel did not list all ${article.anchors.length} claims after ${paintTimeoutMs / 1000} s` };
    }
    const articleLoadedKb = await loadedKb();
    const { textAt, paintedAt } = record;
    return {
      painted: record.highlights,
      paintMs: paintedAt - textAt,
      longTasks: record.longTasks
        .map((task) => ({ startAfterTextMs: task.start - textAt, durationMs: task.duration }))
        .sort((a, b) => b.durationMs - a.durationMs),
      listLoadedKb,
      articleLoadedKb,
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}
