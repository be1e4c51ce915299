// Claim highlights as ProseMirror decorations: never marks in the article's JSON, so the
// saved document stays the newsroom's text. The set lives in plugin state, is replaced
// through a transaction meta and otherwise mapped through every change, so highlights
// follow the words while an editor corrects the text. Each claim gets its own nested
// <span> (nodeName), so overlapping claims nest and their tinted backgrounds stack.
import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface ClaimHighlight {
  id: string;
  from: number;
  to: number;
  /** The verdict's colour (#rrggbb), or null for a claim without a verdict yet. */
  color: string | null;
  status: string;
}

export interface ClaimHighlightsMeta {
  highlights?: ClaimHighlight[];
  /** The claim to mark as focused (and flash), or null for none. */
  focusedId?: string | null;
}

interface ClaimHighlightsState {
  decorations: DecorationSet;
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

function build(doc: EditorState['doc'], highlights: ClaimHighlight[], state: Pick<ClaimHighlightsState, 'focusedId' | 'flashCount'>) {
  const size = doc.content.size;
  const valid = highlights.filter(
    (highlight) => highlight.from >= 0 && highlight.to <= size && highlight.from < highlight.to,
  );
  return DecorationSet.create(
    doc,
    valid.map((highlight) => decorationFor(highlight, state)),
  );
}

function apply(tr: Transaction, previous: ClaimHighlightsState): ClaimHighlightsState {
  const meta = tr.getMeta(claimHighlightsKey) as ClaimHighlightsMeta | undefined;
  const mapped = previous.decorations.map(tr.mapping, tr.doc);
  if (meta === undefined) {
    return mapped === previous.decorations ? previous : { ...previous, decorations: mapped };
  }
  const next = {
    focusedId: meta.focusedId === undefined ? previous.focusedId : meta.focusedId,
    flashCount: meta.focusedId === undefined ? previous.flashCount : previous.flashCount + 1,
  };
  const highlights = meta.highlights ?? highlightsOf(mapped);
  return { ...next, decorations: build(tr.doc, highlights, next) };
}

/** The highlights as they stand now, with positions mapped through every edit since set. */
export function currentHighlights(state: EditorState): ClaimHighlight[] {
  const pluginState = claimHighlightsKey.getState(state);
  return pluginState === undefined ? [] : highlightsOf(pluginState.decorations);
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
          init: () => ({ decorations: DecorationSet.empty, focusedId: null, flashCount: 0 }),
          apply,
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
