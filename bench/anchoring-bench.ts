// Measures anchoring in Chromium: serves bench/anchoring-page with Vite (so the page runs the
// real src/lib/anchoring and @apache-annotator/dom as the app would load them) and calls the
// page's runAnchoringBench with the benchmark article.
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { createServer } from 'vite';
import { repoRoot } from '../stack/config.ts';
import type { BenchArticle } from './bench-article.ts';

export const anchoringPagePort = 26574;
const pageRoot = path.join(repoRoot, 'bench', 'anchoring-page');

export interface AnchoringTally {
  methods: { position: number; exact: number; fuzzy: number; orphan: number };
  correct: number;
}

export interface ChunkedFigures {
  totalMs: number;
  chunkCount: number;
  longestChunkMs: number;
  longestTaskMs: number | null;
  schedulerYield: boolean;
  sameAsSync: boolean;
}

export interface AnchoringFigures {
  unchanged: { ms: number } & AnchoringTally;
  unchangedQuoteOnly: { ms: number } & AnchoringTally;
  perturbed: { ms: number } & AnchoringTally;
  perturbedQuoteOnly: { ms: number } & AnchoringTally;
  chunked: ChunkedFigures;
  chunkedWorstCase: ChunkedFigures;
  apache: { ms: number; found: number };
}

export async function measureAnchoring(browser: Browser, article: BenchArticle): Promise<AnchoringFigures> {
  // Vite's dev server sets NODE_ENV=development for the whole process, which would make the
  // production builds measured after it include React's development build.
  const nodeEnv = process.env.NODE_ENV;
  const server = await createServer({
    configFile: false,
    root: pageRoot,
    cacheDir: path.join(repoRoot, 'node_modules', '.vite-bench-anchoring'),
    server: { host: '127.0.0.1', port: anchoringPagePort, strictPort: true, fs: { allow: [repoRoot] } },
    clearScreen: false,
    logLevel: 'warn',
  });
  await server.listen();
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${anchoringPagePort}/`);
    await page.waitForFunction(() => (window as { anchoringBenchReady?: boolean }).anchoringBenchReady === true, undefined, { timeout: 60_000 });
    const figures = await page.evaluate(
      (input) =>
        (window as unknown as { runAnchoringBench: (data: typeof input) => Promise<AnchoringFigures> }).runAnchoringBench(input),
      {
        paragraphs: article.paragraphs,
        text: article.text,
        perturbedText: article.perturbedText,
        anchors: article.anchors,
      },
    );
    return figures;
  } finally {
    await context.close();
    await server.close();
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
