// The in-browser half of the anchoring benchmark: bench/run.ts opens this page in Chromium and
// calls window.runAnchoringBench with the article and quotes. Plain JavaScript because
// tsconfig.stack.json (NodeNext) typechecks bench/ and would reject src/'s extensionless imports;
// the anchoring module itself is typechecked by tsconfig.app.json.
/* global window, document, performance, PerformanceObserver, setTimeout */
import { createTextQuoteSelectorMatcher } from '@apache-annotator/dom';
import { anchorAll, anchorAllInChunks } from '../../src/lib/anchoring/anchor-all';

const repetitions = 5;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run) {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

// Every measurement is taken once to warm up the JIT, then `repetitions` times; the median counts.
function medianTime(run) {
  run();
  const runs = Array.from({ length: repetitions }, () => time(run));
  return { ms: median(runs.map((entry) => entry.ms)), result: runs[0].result };
}

function tally(results, anchors, expected) {
  const methods = { position: 0, exact: 0, fuzzy: 0, orphan: 0 };
  let correct = 0;
  results.forEach((result, index) => {
    methods[result.status === 'anchored' ? result.method : 'orphan'] += 1;
    const want = expected(anchors[index]);
    if (result.status === 'anchored' && result.start === want.start && result.end === want.end) correct += 1;
  });
  return { methods, correct };
}

// Chunk boundaries are where anchorAllInChunks yields: the benchmark wraps scheduler.yield (or
// setTimeout when Chromium has no scheduler.yield) to timestamp them, and watches long tasks.
async function chunkedRun(text, anchors) {
  const marks = [];
  const realScheduler = globalThis.scheduler;
  if (realScheduler && typeof realScheduler.yield === 'function') {
    Object.defineProperty(globalThis, 'scheduler', {
      configurable: true,
      value: {
        yield: () => {
          marks.push(performance.now());
          return realScheduler.yield().then(() => marks.push(performance.now()));
        },
      },
    });
  }
  const longTasks = [];
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const results = await anchorAllInChunks(text, anchors, { budgetMs: 40 });
  const end = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  if (realScheduler) Object.defineProperty(globalThis, 'scheduler', { configurable: true, value: realScheduler });
  const boundaries = [start, ...marks, end];
  const chunks = [];
  for (let i = 0; i + 1 < boundaries.length; i += 2) chunks.push(boundaries[i + 1] - boundaries[i]);
  return {
    results,
    totalMs: end - start,
    chunkCount: chunks.length,
    longestChunkMs: Math.max(...chunks),
    longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : null,
    schedulerYield: Boolean(realScheduler && typeof realScheduler.yield === 'function'),
  };
}

function chunkSummary(run, syncResults) {
  return {
    totalMs: run.totalMs,
    chunkCount: run.chunkCount,
    longestChunkMs: run.longestChunkMs,
    longestTaskMs: run.longestTaskMs,
    schedulerYield: run.schedulerYield,
    sameAsSync: JSON.stringify(run.results) === JSON.stringify(syncResults),
  };
}

function renderArticle(paragraphs) {
  const container = document.getElementById('article');
  container.replaceChildren();
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) container.append(document.createTextNode('\n\n'));
    const element = document.createElement('p');
    element.style.display = 'inline';
    element.textContent = paragraph;
    container.append(element);
  });
  return container;
}

async function apacheRun(scope, anchors) {
  const start = performance.now();
  let found = 0;
  for (const anchor of anchors) {
    const matches = createTextQuoteSelectorMatcher({ type: 'TextQuoteSelector', exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix })(scope);
    const first = await matches.next();
    if (!first.done) found += 1;
    await matches.return(undefined);
  }
  return { ms: performance.now() - start, found };
}

window.runAnchoringBench = async ({ paragraphs, text, perturbedText, anchors }) => {
  const same = (anchor) => anchor;
  const quoteOnly = anchors.map((anchor) => ({ ...anchor, start: null, end: null }));

  const unchanged = medianTime(() => anchorAll(text, anchors));
  const unchangedQuoteOnly = medianTime(() => anchorAll(text, quoteOnly));
  const perturbed = medianTime(() => anchorAll(perturbedText, anchors));
  const perturbedQuoteOnly = medianTime(() => anchorAll(perturbedText, quoteOnly));
  const chunked = await chunkedRun(perturbedText, anchors);
  const chunkedWorstCase = await chunkedRun(perturbedText, quoteOnly);

  const scope = renderArticle(paragraphs);
  if (scope.textContent !== text) throw new Error('the rendered article is not the benchmark text');
  await apacheRun(scope, anchors.slice(0, 50));
  const apache = await apacheRun(scope, anchors);

  return {
    unchanged: { ms: unchanged.ms, ...tally(unchanged.result, anchors, same) },
    unchangedQuoteOnly: { ms: unchangedQuoteOnly.ms, ...tally(unchangedQuoteOnly.result, anchors, same) },
    perturbed: { ms: perturbed.ms, ...tally(perturbed.result, anchors, same) },
    perturbedQuoteOnly: { ms: perturbedQuoteOnly.ms, ...tally(perturbedQuoteOnly.result, anchors, same) },
    chunked: chunkSummary(chunked, perturbed.result),
    chunkedWorstCase: chunkSummary(chunkedWorstCase, perturbedQuoteOnly.result),
    apache,
  };
};

window.anchoringBenchReady = true;
