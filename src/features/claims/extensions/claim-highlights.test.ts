// The highlight plugin and the read-only lock on a headless editor state: highlights follow
// the words through edits, vanish with them, and a locked document refuses changes.
import { getSchema } from '@tiptap/react';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { articleExtensions } from '../../../lib/article-schema';
import {
  ClaimHighlights,
  claimHighlightsKey,
  currentHighlights,
  setHighlightsMeta,
  waitingHighlightCount,
} from './claim-highlights';
import { isReadOnly, ReadOnlyCaret, setReadOnly } from './read-only-caret';

const extensions = [...articleExtensions, ClaimHighlights, ReadOnlyCaret];
const schema = getSchema(extensions);

function stateWith(text: string) {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  const plugins = [ClaimHighlights, ReadOnlyCaret].flatMap((extension) =>
    extension.config.addProseMirrorPlugins!.call({
      ...extension,
      options: extension.options,
    } as never),
  );
  return EditorState.create({ doc, plugins });
}

const claim = { id: 'a', from: 8, to: 13, color: '#b91c1c', status: 'draft' };

describe('claim highlights', () => {
  it('are decorations that follow their words through an insertion before them', () => {
    let state = stateWith('Hello, world of claims');
    state = state.apply(setHighlightsMeta(state.tr, { highlights: [claim] }));
    expect(state.doc.textBetween(8, 13)).toBe('world');

    state = state.apply(setReadOnly(state.tr, false));
    state = state.apply(state.tr.insertText('big ', 1));

    const [moved] = currentHighlights(state);
    expect(state.doc.textBetween(moved!.from, moved!.to)).toBe('world');
    expect(state.doc.toJSON()).not.toHaveProperty('content.0.content.0.marks');
  });

  it('disappear when their words are deleted', () => {
    let state = stateWith('Hello, world of claims');
    state = state.apply(setHighlightsMeta(state.tr, { highlights: [claim] }));
    state = state.apply(setReadOnly(state.tr, false));
    state = state.apply(state.tr.delete(7, 14));
    expect(currentHighlights(state)).toEqual([]);
  });

  it('keep every overlapping claim and remember the focused one', () => {
    let state = stateWith('Hello, world of claims');
    const other = { id: 'b', from: 10, to: 16, color: null, status: 'published' };
    state = state.apply(setHighlightsMeta(state.tr, { highlights: [claim, other] }));
    state = state.apply(setHighlightsMeta(state.tr, { focusedId: 'b' }));
    expect(currentHighlights(state).map((highlight) => highlight.id).sort()).toEqual(['a', 'b']);
  });

  it('can be drawn a batch at a time, the waiting ones following edits and counting as current', () => {
    let state = stateWith('Hello, world of claims');
    const later = [
      { id: 'b', from: 14, to: 16, color: null, status: 'draft' },
      { id: 'c', from: 17, to: 23, color: null, status: 'draft' },
    ];
    state = state.apply(setHighlightsMeta(state.tr, { highlights: [claim, ...later], shownAtOnce: 1 }));
    expect(waitingHighlightCount(state)).toBe(2);
    expect(currentHighlights(state).map((highlight) => highlight.id)).toEqual(['a', 'b', 'c']);

    state = state.apply(setReadOnly(state.tr, false));
    state = state.apply(state.tr.insertText('big ', 1));
    state = state.apply(setHighlightsMeta(state.tr, { showMore: 1 }));
    expect(waitingHighlightCount(state)).toBe(1);
    state = state.apply(setHighlightsMeta(state.tr, { showMore: 1 }));
    expect(waitingHighlightCount(state)).toBe(0);

    const drawn = claimHighlightsKey.getState(state)!.decorations.find();
    expect(drawn.map((decoration) => state.doc.textBetween(decoration.from, decoration.to))).toEqual(['world', 'of', 'claims']);
  });

  it('ignore ranges outside the document', () => {
    let state = stateWith('Short');
    state = state.apply(setHighlightsMeta(state.tr, { highlights: [{ ...claim, to: 500 }] }));
    expect(currentHighlights(state)).toEqual([]);
  });
});

describe('the read-only lock', () => {
  it('refuses document changes while locked and allows them once unlocked', () => {
    let state = stateWith('Locked text');
    expect(isReadOnly(state)).toBe(true);
    expect(state.applyTransaction(state.tr.insertText('X', 1)).transactions).toEqual([]);
    expect(state.applyTransaction(state.tr.setSelection(state.selection)).transactions).toHaveLength(1);

    state = state.applyTransaction(setReadOnly(state.tr, false)).state;
    expect(isReadOnly(state)).toBe(false);
    state = state.applyTransaction(state.tr.insertText('X', 1)).state;
    expect(state.doc.textContent).toBe('XLocked text');
  });
});
