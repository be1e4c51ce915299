// The `c` shortcut (no modifiers) of the article page: asks to add a claim for the current
// selection. The workspace decides whether the selection can hold a claim; when it cannot
// (or the text is being edited), the key does nothing special.
import { Extension } from '@tiptap/react';
import { TextSelection, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

export interface AddClaimShortcutOptions {
  /** Returns true when it handled the key (a claim is being added). */
  onAddClaim: (state: EditorState) => boolean;
}

// ProseMirror learns of a selection extended with Shift+arrows from the browser's
// selectionchange event, which can arrive after a quickly typed `c`; the claim must get the
// words the reader sees selected, so the browser's selection is read first.
export function syncSelectionFromDom(view: EditorView) {
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (selection === null || !anchorNode || !focusNode) return;
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return;
  const anchor = view.posAtDOM(anchorNode, selection.anchorOffset);
  const head = view.posAtDOM(focusNode, selection.focusOffset);
  const current = view.state.selection;
  if (anchor === current.anchor && head === current.head) return;
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)));
}

export const AddClaimShortcut = Extension.create<AddClaimShortcutOptions>({
  name: 'addClaimShortcut',

  addOptions() {
    return { onAddClaim: () => false };
  },

  addKeyboardShortcuts() {
    return {
      c: ({ editor }) => {
        syncSelectionFromDom(editor.view);
        return this.options.onAddClaim(editor.state);
      },
    };
  },
});
