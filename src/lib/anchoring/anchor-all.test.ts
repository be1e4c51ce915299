// Anchoring all of an article's claims: results come back in the claims' order, the chunked
// version gives the event loop back between chunks and stops when its signal is aborted.
import { describe, expect, it } from 'vitest';
import { anchorAll, anchorAllInChunks } from './anchor-all';
import { anchorOf, seedText, splice } from './seed-text.test-support';

const quotes = ['carried out the most illegal immigrant arrests', 'ICE spokesperson', 'The next American kid can get murdered.', 'Sean Hannity'];
const anchors = [...quotes.map((quote) => anchorOf(seedText, quote)), { exact: 'words that were never there', prefix: '', suffix: '', start: null, end: null }];
const edited = splice(splice(seedText, seedText.indexOf('murdered'), 'murdered'.length, 'killed'), 0, 0, 'Updated: ');

describe('anchorAll', () => {
  it('returns one result per claim, in the claims order', () => {
    const results = anchorAll(edited, anchors);
    expect(results.map((result) => result.status)).toEqual(['anchored', 'anchored', 'anchored', 'anchored', 'orphan']);
    expect(results.map((result) => (result.status === 'anchored' ? result.method : null))).toEqual(['exact', 'exact', 'fuzzy', 'exact', null]);
  });
});

describe('anchorAllInChunks', () => {
  it('gives the same results as anchorAll', async () => {
    await expect(anchorAllInChunks(edited, anchors)).resolves.toEqual(anchorAll(edited, anchors));
  });

  it('lets other tasks run between chunks', async () => {
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const many = Array.from({ length: 50 }, () => anchors).flat();
    const results = await anchorAllInChunks(edited, many, { budgetMs: 0 });
    expect(results).toHaveLength(many.length);
    expect(otherTaskRan).toBe(true);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const running = anchorAllInChunks(edited, Array.from({ length: 50 }, () => anchors).flat(), { budgetMs: 0, signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    await expect(anchorAllInChunks(edited, anchors, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
