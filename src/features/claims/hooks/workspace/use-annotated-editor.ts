// The article's Tiptap editor for annotating: the shared article schema plus the claim
// highlights, the read-only lock that keeps the caret, and the `c` shortcut. Re-renders only
// through useEditorState selectors (shouldRerenderOnTransaction is off), and reports the
// selection only when it could become a claim.
import type { JSONContent } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { useEditor, useEditorState, type Editor } from '@tiptap/react';
import { articleExtensions } from '../../../../lib/article-schema';
import { isAnchorableRange } from '../../../../lib/anchoring/selectors';
import { AddClaimShortcut } from '../../extensions/add-claim-shortcut';
import { ClaimHighlights } from '../../extensions/claim-highlights';
import { isReadOnly, ReadOnlyCaret } from '../../extensions/read-only-caret';
import { SelectionEdge, selectionCrossesEdge } from '../../extensions/selection-edge';
import { cachedTextMapOf } from '../../utils/workspace/text-map-cache';

export interface ClaimableSelection {
  start: number;
  end: number;
  /** Where to show the Add claim button, relative to the editor's element. */
  top: number;
  left: number;
}

export function claimableSelectionOf(state: EditorState): { start: number; end: number } | null {
  const { from, to, empty } = state.selection;
  if (empty || !isReadOnly(state) || selectionCrossesEdge(state)) return null;
  const map = cachedTextMapOf(state.doc);
  const start = map.posToOffset(from);
  const end = map.posToOffset(to);
  return isAnchorableRange(map.text, start, end) ? { start, end } : null;
}

function placedSelection(editor: Editor): ClaimableSelection | null {
  const range = claimableSelectionOf(editor.state);
  if (range === null) return null;
  const { view } = editor;
  const end = view.coordsAtPos(editor.state.selection.to, -1);
  const box = view.dom.getBoundingClientRect();
  return {
    ...range,
    top: Math.round(end.bottom - box.top + view.dom.offsetTop + 6),
    left: Math.round(Math.min(Math.max(end.left - box.left, 0), Math.max(box.width - 120, 0)) + view.dom.offsetLeft),
  };
}

// The editor is created once per article, so onAddClaim must be stable (useCallback).
export function useAnnotatedEditor(body: JSONContent, onAddClaim: (state: EditorState) => boolean) {
  const editor = useEditor({
    extensions: [
      ...articleExtensions,
      ClaimHighlights,
      ReadOnlyCaret,
      AddClaimShortcut.configure({ onAddClaim }),
      SelectionEdge,
    ],
    content: body,
    // Client-side rendering only, so the editor can exist on the first render (no flash).
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-label': 'Article text',
        'aria-multiline': 'true',
        'aria-keyshortcuts': 'c',
        class: 'article-body',
      },
    },
  });

  const selection = useEditorState({ editor, selector: ({ editor: current }) => placedSelection(current) });

  return { editor, selection };
}
