// Whether the reader's selection reaches past the article text (into the title, say): such a
// selection is not a claim's words, so neither Add claim nor `c` offers it. The browser clamps
// a drag that starts in the text to the text's edge, and ProseMirror clamps its own selection
// too, so a drag is judged by where it ended; a selection made any other way by its ends.
// Kept in plugin state so every check on the editor state sees it.
import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

const selectionEdgeKey = new PluginKey<boolean>('selectionEdge');

export function selectionCrossesEdge(state: EditorState): boolean {
  return selectionEdgeKey.getState(state) ?? false;
}

function watchEdge(view: EditorView) {
  const root = view.dom;
  const document = root.ownerDocument;
  const report = (crosses: boolean) => {
    if (crosses !== selectionCrossesEdge(view.state)) view.dispatch(view.state.tr.setMeta(selectionEdgeKey, crosses));
  };
  let dragStartedInside = false;
  const onMouseDown = (event: MouseEvent) => {
    dragStartedInside = event.target instanceof Node && root.contains(event.target);
    report(false);
  };
  const onMouseUp = (event: MouseEvent) => {
    if (!dragStartedInside) return;
    dragStartedInside = false;
    const selection = document.getSelection();
    const endedOutside = !(event.target instanceof Node && root.contains(event.target));
    report(endedOutside && selection !== null && !selection.isCollapsed);
  };
  const onKeyUp = (event: KeyboardEvent) => {
    // A selection moved with the keyboard stays inside the text.
    const movesSelection = event.key.startsWith('Arrow') || ['Home', 'End', 'PageUp', 'PageDown'].includes(event.key);
    if (movesSelection && event.target instanceof Node && root.contains(event.target)) report(false);
  };
  const onSelectionChange = () => {
    const selection = document.getSelection();
    if (selection === null || selection.rangeCount === 0 || selection.isCollapsed) report(false);
    else if (root.contains(selection.anchorNode) !== root.contains(selection.focusNode)) report(true);
  };
  document.addEventListener('mousedown', onMouseDown);
  document.addEventListener('mouseup', onMouseUp);
  document.addEventListener('keyup', onKeyUp);
  document.addEventListener('selectionchange', onSelectionChange);
  return {
    destroy() {
      document.removeEventListener('mousedown', onMouseDown);
      document.removeEventListener('mouseup', onMouseUp);
      document.removeEventListener('keyup', onKeyUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    },
  };
}

export const SelectionEdge = Extension.create({
  name: 'selectionEdge',

  addProseMirrorPlugins() {
    return [
      new Plugin<boolean>({
        key: selectionEdgeKey,
        state: {
          init: () => false,
          apply: (tr, crosses) => (tr.getMeta(selectionEdgeKey) as boolean | undefined) ?? crosses,
        },
        view: watchEdge,
      }),
    ];
  },
});
