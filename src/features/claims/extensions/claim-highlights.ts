// Claim highlights as ProseMirror decorations: never marks in the article's JSON, so the
// saved document stays the newsroom's text. The set lives in plugin state, is replaced
// through a transaction meta and otherwise mapped through every change, so highlights
// follow the words while an editor corrects the text. Each claim gets its own nested
// <span> (nodeName), so overlapping claims nest and their tinted backgrounds stack.
// A large set can be shown a batch at a time (shownAtOnce, then showMore in later tasks):
// drawing a thousand highlights at once is one long task; the highlights still waiting are
// mapped through edits like the shown ones and count as current highlights.
import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import './claim-highlights.css';

export interface ClaimHighlight {
  id: string;
  from: number;
  to: number;
  /** The verdict's colour (#rrggbb), or null for a claim without a verdict yet. */
  color: string | null;
  status: string;
}

export interface ClaimHighlightsMeta {
  /** Replaces every highlight. */
  highlights?: ClaimHighlight[];
  /** With highlights: how many of them, in the given order, to draw now; the rest wait. */
  shownAtOnce?: number;
  /** How many of the waiting highlights to draw now. */
  showMore?: number;
  /** The claim to mark as focused (and flash), or null for none. */
  focusedId?: string | null;
}

interface ClaimHighlightsState {
  decorations: DecorationSet;
  /** Highlights not drawn yet, in the order they are to be drawn. */
  waiting: ClaimHighlight[];
  focusedId: string | null;
  /** Bumped on every focus request, so focusing the same claim again replays the flash. */
  flashCount: number;
}

export const claimHighlightsKey = new PluginKey<ClaimHighlightsState>('claimHighlights');

const hexColor = /^#[0-9a-f]{6}$/i;

function decorationFor(highlight: ClaimHighlight, state: Pick<ClaimHighlightsState, 'focusedId' | 'flashCount'>) {
  const focused = highlight.id === state.focusedId;
  const classes = [
    'claim-highlight',
    highlight.status === 'published' ? 'claim-highlight-published' : 'claim-highlight-unpublished',
    highlight.color === null ? 'claim-highlight-neutral' : '',
    focused ? 'claim-highlight-focused' : '',
  ].filter((name) => name !== '');
  // The colour comes from the database; only a plain hex colour reaches the style attribute.
  const color = highlight.color !== null && hexColor.test(highlight.color) ? highlight.color : null;
  return Decoration.inline(
    highlight.from,
    highlight.to,
    {
      nodeName: 'span',
      class: classes.join(' '),
      'data-claim-id': highlight.id,
      'data-claim-status': highlight.status,
      ...(color === null ? {} : { style: `--claim-color: ${color}` }),
      ...(focused ? { 'data-flash': String(state.flashCount) } : {}),
    },
    { highlight },
  );
}

function highlightsOf(decorations: DecorationSet): ClaimHighlight[] {
  return decorations.find().map((decoration) => ({
    ...(decoration.spec as { highlight: ClaimHighlight }).highlight,
    from: decoration.from,
    to: decoration.to,
  }));
}

function decorationsFor(doc: EditorState['doc'], highlights: ClaimHighlight[], state: Pick<ClaimHighlightsState, 'focusedId' | 'flashCount'>) {
  const size = doc.content.size;
  return highlights
    .filter((highlight) => highlight.from >= 0 && highlight.to <= size && highlight.from < highlight.to)
    .map((highlight) => decorationFor(highlight, state));
}

// As an inline decoration maps: its words' edges do not grow to take in text typed at them.
function mapWaiting(waiting: ClaimHighlight[], tr: Transaction): ClaimHighlight[] {
  if (!tr.docChanged || waiting.length === 0) return waiting;
  return waiting
    .map((highlight) => ({ ...highlight, from: tr.mapping.map(highlight.from, 1), to: tr.mapping.map(highlight.to, -1) }))
    .filter((highlight) => highlight.from < highlight.to);
}

function apply(tr: Transaction, previous: ClaimHighlightsState): ClaimHighlightsState {
  const meta = tr.getMeta(claimHighlightsKey) as ClaimHighlightsMeta | undefined;
  const mapped = previous.decorations.map(tr.mapping, tr.doc);
  const waiting = mapWaiting(previous.waiting, tr);
  if (meta === undefined) {
    return mapped === previous.decorations && waiting === previous.waiting
      ? previous
      : { ...previous, decorations: mapped, waiting };
  }
  const next = {
    focusedId: meta.focusedId === undefined ? previous.focusedId : meta.focusedId,
    flashCount: meta.focusedId === undefined ? previous.flashCount : previous.flashCount + 1,
  };
  if (meta.highlights !== undefined) {
    const count = meta.shownAtOnce ?? meta.highlights.length;
    return {
      ...next,
      decorations: DecorationSet.create(tr.doc, decorationsFor(tr.doc, meta.highlights.slice(0, count), next)),
      waiting: meta.highlights.slice(count),
    };
  }
  // Only a focus change redraws the shown highlights (to mark the focused one).
  const decorations =
    meta.focusedId === undefined ? mapped : DecorationSet.create(tr.doc, decorationsFor(tr.doc, highlightsOf(mapped), next));
  if (meta.showMore === undefined || waiting.length === 0) return { ...next, decorations, waiting };
  return {
    ...next,
    decorations: decorations.add(tr.doc, decorationsFor(tr.doc, waiting.slice(0, meta.showMore), next)),
    waiting: waiting.slice(meta.showMore),
  };
}

/** The highlights as they stand now, drawn or waiting, with positions mapped through every edit since set. */
export function currentHighlights(state: EditorState): ClaimHighlight[] {
  const pluginState = claimHighlightsKey.getState(state);
  return pluginState === undefined ? [] : [...highlightsOf(pluginState.decorations), ...pluginState.waiting];
}

/** How many highlights are still to be drawn (see showMore). */
export function waitingHighlightCount(state: EditorState): number {
  return claimHighlightsKey.getState(state)?.waiting.length ?? 0;
}

export function setHighlightsMeta(tr: Transaction, meta: ClaimHighlightsMeta): Transaction {
  return tr.setMeta(claimHighlightsKey, meta);
}

export const ClaimHighlights = Extension.create({
  name: 'claimHighlights',

  addProseMirrorPlugins() {
    return [
      new Plugin<ClaimHighlightsState>({
        key: claimHighlightsKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, waiting: [], focusedId: null, flashCount: 0 }),
          apply,
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
