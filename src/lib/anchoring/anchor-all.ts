// Re-anchors every claim of an article, either at once (anchorAll) or in chunks that give the
// event loop back between them (anchorAllInChunks), so that approximate matching of many
// quotes on a long article never keeps the page from answering input for more than ~50 ms.
import { anchorQuote, type AnchorResult, type StoredAnchor } from './anchor';

export interface AnchorAllInChunksOptions {
  // The longest stretch of work between two yields, in ms.
  budgetMs?: number;
  signal?: AbortSignal;
}

export function anchorAll(text: string, anchors: readonly StoredAnchor[]): AnchorResult[] {
  return anchors.map((anchor) => anchorQuote(text, anchor));
}

export async function anchorAllInChunks(
  text: string,
  anchors: readonly StoredAnchor[],
  { budgetMs = 40, signal }: AnchorAllInChunksOptions = {},
): Promise<AnchorResult[]> {
  const results: AnchorResult[] = [];
  // A chunk ends before the quote that could take it over budget, judged by the slowest quote
  // so far (a long quote searched approximately in the whole text can take several ms).
  let slowestMs = 0;
  let chunkStart = performance.now();
  let now = chunkStart;
  for (const anchor of anchors) {
    signal?.throwIfAborted();
    if (now - chunkStart + slowestMs >= budgetMs) {
      await yieldToEventLoop();
      signal?.throwIfAborted();
      chunkStart = performance.now();
      now = chunkStart;
    }
    results.push(anchorQuote(text, anchor));
    const finished = performance.now();
    slowestMs = Math.max(slowestMs, finished - now);
    now = finished;
  }
  return results;
}

interface Scheduler {
  yield?: () => Promise<void>;
}

// scheduler.yield() (Chromium) resumes ahead of other queued tasks once input has been handled;
// elsewhere a zero-delay timeout lets pending events run first.
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
