// `npm run bench`: measures what the API gateway costs over PostgREST at 50 concurrent clients,
// how fast a claim save reaches 20 Realtime subscribers of its article, then anchoring, the production bundle and (when the annotated article page exists) painting
// 1,000 highlights, in Chromium on this machine, prints a Markdown table of every figure against
// its budget and writes it to bench/results.md. A missed budget or a part
// that cannot run is reported in the table; the benchmark itself never fails a build.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../stack/config.ts';
import { measureAnchoring, type AnchoringFigures, type ChunkedFigures } from './anchoring-bench.ts';
import { articleLength, buildBenchArticle, quoteCount } from './bench-article.ts';
import { launchChromium } from './browser.ts';
import { measureBundle } from './bundle-size.ts';
import { gatewayBenchSetup, measureGateway, type GatewayFigures } from './gateway-bench.ts';
import { listsBenchSetup, measureLists } from './lists-bench.ts';
import { measurePaint } from './paint-bench.ts';
import { measureRealtime, realtimeBenchSetup, type RealtimeFigures } from './realtime-bench.ts';
import { infoRow, kbRow, markdownTable, msRow, type Row } from './report.ts';

const budgets = { listMs: 100, realtimeP95Ms: 250, gatewayRatio: 1.15, unchangedMs: 50, fuzzyMs: 500, chunkMs: 50, listKb: 150, articleKb: 300, paintMs: 1500, paintTaskMs: 200 };

function failure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 160) ?? 'failed';
}

function chunkedRows(label: string, chunked: ChunkedFigures): Row[] {
  return [
    msRow(`${label}, total`, chunked.totalMs, budgets.fuzzyMs),
    msRow(`… longest chunk (${chunked.chunkCount} chunk${chunked.chunkCount === 1 ? '' : 's'}${chunked.schedulerYield ? ', scheduler.yield' : ''})`, chunked.longestChunkMs, budgets.chunkMs),
    chunked.longestTaskMs === null
      ? infoRow('… longest main-thread task (longtask observer)', 'none over 50 ms', '≤ 50 ms', 'pass')
      : msRow('… longest main-thread task (longtask observer)', chunked.longestTaskMs, budgets.chunkMs),
    infoRow('… same results as anchorAll', chunked.sameAsSync ? 'yes' : 'no', 'yes', chunked.sameAsSync ? 'pass' : 'FAIL'),
  ];
}

function anchoringRows(figures: AnchoringFigures, perturbedCount: number): Row[] {
  const { unchanged, unchangedQuoteOnly, perturbed, perturbedQuoteOnly, chunked, chunkedWorstCase, apache } = figures;
  const rows: Row[] = [
    msRow(`Anchor ${quoteCount} quotes, unchanged text (anchorAll)`, unchanged.ms, budgets.unchangedMs),
    infoRow('… anchored where they were', `${unchanged.correct} / ${quoteCount}`, 'all', unchanged.correct === quoteCount ? 'pass' : 'FAIL'),
    msRow(`Anchor ${quoteCount} quotes, ${perturbedCount} changed so they need approximate matching (anchorAll)`, perturbed.ms, budgets.fuzzyMs),
    infoRow(
      '… methods used (position / exact / fuzzy / orphan)',
      `${perturbed.methods.position} / ${perturbed.methods.exact} / ${perturbed.methods.fuzzy} / ${perturbed.methods.orphan}`,
    ),
    infoRow('… anchored where they were', `${perturbed.correct} / ${quoteCount}`, 'all', perturbed.correct === quoteCount ? 'pass' : 'FAIL'),
    ...chunkedRows('Same, anchorAllInChunks (budget 40 ms)', chunked),
    msRow('Worst case: same changed quotes with positions dropped (whole-text approximate search)', perturbedQuoteOnly.ms, budgets.fuzzyMs),
    infoRow('… anchored where they were', `${perturbedQuoteOnly.correct} / ${quoteCount}`),
    ...chunkedRows('Worst case, anchorAllInChunks (budget 40 ms)', chunkedWorstCase),
    msRow('Ours by quote and context only (positions dropped), unchanged text', unchangedQuoteOnly.ms),
    infoRow('… anchored where they were', `${unchangedQuoteOnly.correct} / ${quoteCount}`),
  ];
  rows.push(
    msRow(`@apache-annotator/dom 0.2.0 text-quote matching, same ${quoteCount} quotes (found ${apache.found})`, apache.ms),
    infoRow('Ratio @apache-annotator/dom ÷ ours (quote and context only)', `${(apache.ms / unchangedQuoteOnly.ms).toFixed(1)}×`),
  );
  return rows;
}

function gatewayRows({ direct, gateway, ratio }: GatewayFigures): Row[] {
  const { connections, path: readPath } = gatewayBenchSetup;
  const throughput = (figures: GatewayFigures['direct']) =>
    `${figures.perSecond.toFixed(0)} req/s (p50 ${figures.p50Ms.toFixed(1)} ms, p99 ${figures.p99Ms.toFixed(1)} ms${figures.errors ? `, ${figures.errors} errors` : ''})`;
  return [
    infoRow(
      `Gateway overhead, ${connections} concurrent clients, GET ${readPath} with the anon key: PostgREST directly ÷ through the gateway (req/s)`,
      `${ratio.toFixed(2)}×`,
      `≤ ${budgets.gatewayRatio}×`,
      ratio <= budgets.gatewayRatio && direct.errors + gateway.errors === 0 ? 'pass' : 'FAIL',
    ),
    infoRow('… PostgREST directly', throughput(direct)),
    infoRow('… through the gateway', throughput(gateway)),
  ];
}

function realtimeRows({ fromRequest, fromAnswer, saveP50Ms, saves, missed }: RealtimeFigures): Row[] {
  const { subscribers } = realtimeBenchSetup;
  return [
    msRow(`Realtime: claim saved (save_claim sent) → its broadcast at all ${subscribers} subscribers of the article, p95 of ${saves} saves`, fromRequest.p95Ms, budgets.realtimeP95Ms),
    infoRow('… p50 / max', `${fromRequest.p50Ms.toFixed(1)} ms / ${fromRequest.maxMs.toFixed(1)} ms`),
    infoRow('… from save_claim\'s answer (the commit is before it) to the last subscriber, p50 / p95', `${fromAnswer.p50Ms.toFixed(1)} ms / ${fromAnswer.p95Ms.toFixed(1)} ms`),
    infoRow('… save_claim itself, p50', `${saveP50Ms.toFixed(1)} ms`),
    infoRow('… saves whose broadcast missed a subscriber (within 5 s)', String(missed), '0', missed === 0 ? 'pass' : 'FAIL'),
  ];
}

function taskRow(figure: string, ms: number | null): Row {
  return ms === null ? infoRow(figure, 'none over 50 ms', `≤ ${budgets.paintTaskMs} ms`, 'pass') : msRow(figure, ms, budgets.paintTaskMs);
}

const started = Date.now();
const article = buildBenchArticle();
const rows: Row[] = [];
try {
  rows.push(...gatewayRows(await measureGateway()));
} catch (error) {
  rows.push(infoRow('Gateway overhead', `not measured: ${failure(error)}`, '—', 'FAIL'));
}
try {
  rows.push(...realtimeRows(await measureRealtime()));
} catch (error) {
  rows.push(infoRow('Realtime broadcast from the database', `not measured: ${failure(error)}`, '—', 'FAIL'));
}
try {
  for (const figure of await measureLists()) {
    rows.push(msRow(`Lists at scale: ${figure.name}, p95 (p50 ${figure.p50Ms.toFixed(1)} ms, ${figure.rows} rows)`, figure.p95Ms, budgets.listMs));
  }
} catch (error) {
  rows.push(infoRow('Lists at scale', `not measured: ${failure(error)}`, '—', 'FAIL'));
}
const browser = await launchChromium();
const chromiumVersion = browser.version();
try {
  try {
    rows.push(...anchoringRows(await measureAnchoring(browser, article), article.perturbedIndexes.length));
  } catch (error) {
    rows.push(infoRow('Anchoring in Chromium', `not measured: ${failure(error)}`, '—', 'FAIL'));
  }

  try {
    const bundle = await measureBundle();
    rows.push(
      kbRow('Bundle (from Vite\'s manifest): articles list, JS gzip', bundle.listKb, budgets.listKb),
      infoRow('… heaviest chunks', bundle.listHeaviest.join(', ')),
      kbRow('Bundle (from Vite\'s manifest): article page incl. lazy chunks, JS gzip', bundle.articleKb, budgets.articleKb),
      infoRow('… heaviest chunks', bundle.articleHeaviest.join(', ')),
      infoRow('Bundle: all JavaScript, gzip', `${bundle.totalKb.toFixed(1)} KB`),
    );
  } catch (error) {
    rows.push(infoRow('Bundle sizes', `not measured: vite build failed: ${failure(error)}`, '—', 'FAIL'));
  }

  const paint = await measurePaint(browser, article).catch((error: unknown) => ({ skipped: failure(error) }));
  if ('skipped' in paint) {
    rows.push(infoRow(`Article page: ${quoteCount} highlights painted after the text shows`, `not measured: ${paint.skipped}`));
  } else {
    rows.push(
      msRow(`Article page: ${paint.painted} highlights painted after the text shows`, paint.paintMs, budgets.paintMs),
      kbRow('Bundle as loaded by Chromium: articles list, JS gzip', paint.listLoadedKb, budgets.listKb),
      kbRow('Bundle as loaded by Chromium: article page, JS gzip', paint.articleLoadedKb, budgets.articleKb),
      taskRow('Article page: longest main-thread task while opening (until 2 s after the highlights and side panel are complete)', paint.longTasks[0]?.durationMs ?? null),
      infoRow(
        '… long tasks (duration @ start relative to the text showing)',
        paint.longTasks.length === 0
          ? 'none'
          : paint.longTasks
              .slice(0, 4)
              .map((task) => `${task.durationMs.toFixed(0)} ms @ ${task.startAfterTextMs >= 0 ? '+' : ''}${task.startAfterTextMs.toFixed(0)} ms`)
              .join(', '),
      ),
    );
  }
} finally {
  await browser.close();
}

const cpus = os.cpus();
const machine = [
  `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()} (${os.arch()})`,
  `- Browser: Chromium ${chromiumVersion} (headless, /usr/bin/chromium); Node ${process.version}`,
  `- Input: a ${articleLength.toLocaleString('en')}-character article built from the seed article's paragraphs with varied words, ${quoteCount.toLocaleString('en')} quotes of 20–200 characters (bench/bench-article.ts, fixed seed)`,
  '- Anchoring: median of 5 runs after a warm-up, performance.now() in a page served by Vite (bench/anchoring-page); Chromium rounds the timer to 0.1 ms',
  '- "Anchored where they were": results at the quote\'s true offsets; without positions, a quote whose words and context occur identically more than once cannot be told apart',
  `- Gateway: a seeded stack of its own in a separate process (ports 26751–26754); ${gatewayBenchSetup.connections} clients in a closed loop over kept-alive connections (bench/http-load.ts), ${gatewayBenchSetup.rounds} rounds of ${gatewayBenchSetup.roundMs / 1000} s alternating between PostgREST and the gateway after a ${gatewayBenchSetup.warmUpMs / 1000} s warm-up of each; the load generator shares the machine's cores with the stack`,
  `- Realtime: a seeded stack of its own in a separate process (ports 26771–26775); ${realtimeBenchSetup.subscribers} supabase-js clients signed in as Demo Newsroom members on one article's private topic, the demo checker saving a claim of it with save_claim through the gateway ${realtimeBenchSetup.saves} times (after ${realtimeBenchSetup.warmUpSaves} warm-up saves), one at a time, ${realtimeBenchSetup.pauseMs} ms apart; the clients share the machine's cores with the stack`,
  `- Lists at scale: a seeded stack of its own (ports 26761–26764) given ${listsBenchSetup.articles.toLocaleString('en')} articles and ${listsBenchSetup.claims.toLocaleString('en')} claims in the Demo Newsroom (and 1,200 comments and history events on one claim) by bench/lists-seed.sql; each request as the app sends it (pages of ${listsBenchSetup.pageSize} plus one), through the gateway, signed in as the demo editor (the checker for My work), one at a time: ${listsBenchSetup.warmUp} warm-up requests, then the p95 and p50 of ${listsBenchSetup.samples}`,
  '- Article page: a production build served by `vite preview` against a local stack (ports 26721–26732, app 26573), signed in as the demo checker; "painted" is two animation frames after the last highlight is in the DOM',
  `- Run: ${new Date(started).toISOString()}, took ${((Date.now() - started) / 1000).toFixed(0)} s`,
].join('\n');
const markdown = `## Benchmark (\`npm run bench\`)\n\n${markdownTable(rows)}\n\n${machine}\n`;
console.log(markdown);
await writeFile(path.join(repoRoot, 'bench', 'results.md'), markdown);
