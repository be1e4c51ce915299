// When a selection may become a claim: words inside the article, in read mode only; white
// space alone or an empty selection offers no Add claim.
import { getSchema } from '@tiptap/react';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { articleExtensions } from '../../../../lib/article-schema';
import { ReadOnlyCaret, setReadOnly } from '../../extensions/read-only-caret';
import { claimableSelectionOf } from './use-annotated-editor';

const schema = getSchema([...articleExtensions, ReadOnlyCaret]);
const plugins = ReadOnlyCaret.config.addProseMirrorPlugins!.call({ options: { locked: true } } as never);

function selecting(from: number, to: number) {
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'First words.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second   words.' }] },
    ],
  });
  const state = EditorState.create({ doc, plugins });
  return state.apply(state.tr.setSelection(TextSelection.create(doc, from, to)));
}

describe('claimableSelectionOf', () => {
  it('gives the body_text offsets of selected words, across paragraphs too', () => {
    expect(claimableSelectionOf(selecting(1, 6))).toEqual({ start: 0, end: 5 });
    // "words." then the block separator, then "Second": offsets count "\n\n" between blocks.
    expect(claimableSelectionOf(selecting(7, 21))).toEqual({ start: 6, end: 20 });
  });

  it('offers nothing for an empty or white-space-only selection, or while the text is being edited', () => {
    expect(claimableSelectionOf(selecting(3, 3))).toBeNull();
    expect(claimableSelectionOf(selecting(21, 24))).toBeNull();
    const editing = selecting(1, 6);
    expect(claimableSelectionOf(editing.apply(setReadOnly(editing.tr, false)))).toBeNull();
  });
});
