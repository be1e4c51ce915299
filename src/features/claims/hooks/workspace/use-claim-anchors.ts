// Finds every claim's words in the article as it is now and paints them: anchors each claim
// (stored position first, then its quote; see src/lib/anchoring) in chunks so typing and
// scrolling never wait for it, turns the offsets into ProseMirror positions and hands them to
// the highlight plugin. Runs again when the claims change or the text is replaced (refresh).
// On an article showing no highlights yet, they are drawn in reading order a batch per task:
// a thousand at once kept the main thread busy for tens of ms. Later runs replace them all
// at once, so no highlight blinks out while the set is redrawn.
import type { Editor } from '@tiptap/react';
import { startTransition, useEffect, useState } from 'react';
import { anchorAllInChunks } from '../../../../lib/anchoring/anchor-all';
import type { Verdict } from '../../../../entities/verdicts/api/get-verdicts';
import type { ClaimListItem } from '../../api/claim-types';
import {
  currentHighlights,
  setHighlightsMeta,
  waitingHighlightCount,
  type ClaimHighlight,
} from '../../extensions/claim-highlights';
import { cachedTextMapOf } from '../../utils/workspace/text-map-cache';
import { yieldToBrowser } from '../../utils/workspace/yield-to-browser';

// About 5 ms of drawing on this project's benchmark machine (1,000 highlights took ~50 ms).
const highlightsPerTask = 100;

async function showWaitingHighlights(editor: Editor, signal: AbortSignal) {
  while (waitingHighlightCount(editor.state) > 0) {
    await yieldToBrowser();
    if (signal.aborted || editor.isDestroyed) return;
    editor.view.dispatch(setHighlightsMeta(editor.state.tr, { showMore: highlightsPerTask }));
  }
}

export interface AnchoredRange {
  start: number;
  end: number;
}

export interface ClaimAnchors {
  /** Claim id → where its words are in the current text; claims not in it are unanchored. */
  ranges: ReadonlyMap<string, AnchoredRange>;
  /** The claims these ranges were computed for, to tell a finished run from a stale one. */
  claims: readonly ClaimListItem[];
}

export function useClaimAnchors(
  editor: Editor,
  claims: readonly ClaimListItem[] | undefined,
  verdicts: readonly Verdict[] | undefined,
  refreshCount: number,
): ClaimAnchors | null {
  const [anchors, setAnchors] = useState<ClaimAnchors | null>(null);

  useEffect(() => {
    if (claims === undefined) return;
    const controller = new AbortController();
    const map = cachedTextMapOf(editor.state.doc);
    const colors = new Map((verdicts ?? []).map((verdict) => [verdict.id, verdict.color]));

    anchorAllInChunks(
      map.text,
      claims.map((claim) => ({
        exact: claim.quote_exact,
        prefix: claim.quote_prefix,
        suffix: claim.quote_suffix,
        start: claim.start_offset,
        end: claim.end_offset,
      })),
      { signal: controller.signal },
    ).then(
      (results) => {
        if (controller.signal.aborted || editor.isDestroyed) return;
        const ranges = new Map<string, AnchoredRange>();
        const highlights: ClaimHighlight[] = [];
        results.forEach((result, index) => {
          const claim = claims[index];
          if (claim === undefined || result.status !== 'anchored') return;
          ranges.set(claim.id, { start: result.start, end: result.end });
          highlights.push({
            id: claim.id,
            from: map.offsetToPos(result.start, 'start'),
            to: map.offsetToPos(result.end, 'end'),
            color: claim.verdict_id === null ? null : (colors.get(claim.verdict_id) ?? null),
            status: claim.status,
          });
        });
        const inBatches = currentHighlights(editor.state).length === 0;
        highlights.sort((a, b) => a.from - b.from);
        editor.view.dispatch(
          setHighlightsMeta(editor.state.tr, {
            highlights,
            shownAtOnce: inBatches ? highlightsPerTask : highlights.length,
          }),
        );
        if (inBatches) void showWaitingHighlights(editor, controller.signal);
        // A thousand cards take React tens of ms: as a transition the render yields to input.
        startTransition(() => setAnchors({ ranges, claims }));
      },
      (error: unknown) => {
        if (!controller.signal.aborted) throw error;
      },
    );
    return () => controller.abort();
  }, [editor, claims, verdicts, refreshCount]);

  return anchors;
}
