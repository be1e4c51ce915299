// Read-only without giving up the caret: the editor stays contenteditable, so keyboard users
// can place the caret and extend a selection with Shift+arrows, but every transaction that
// would change the document is dropped unless it carries the unlock meta, and the browser's
// own editing (typing, deleting, pasting, dropping, cutting) is stopped before it touches the
// DOM. Edit mode switches the lock off with a meta; aria-readonly tells assistive technology
// which mode it is in, so role="textbox" stays truthful.
import { Extension } from '@tiptap/react';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';

const readOnlyCaretKey = new PluginKey<boolean>('readOnlyCaret');

export function isReadOnly(state: EditorState): boolean {
  return readOnlyCaretKey.getState(state) ?? false;
}

/** Locks or unlocks the document; the lock change itself changes no text. */
export function setReadOnly(tr: Transaction, locked: boolean): Transaction {
  return tr.setMeta(readOnlyCaretKey, locked);
}

export const ReadOnlyCaret = Extension.create<{ locked: boolean }>({
  name: 'readOnlyCaret',

  addOptions() {
    return { locked: true };
  },

  addProseMirrorPlugins() {
    const lockedAtStart = this.options.locked;
    const blockWhenLocked = (view: { state: EditorState }) => isReadOnly(view.state);
    return [
      new Plugin<boolean>({
        key: readOnlyCaretKey,
        state: {
          init: () => lockedAtStart,
          apply: (tr, locked) => {
            const meta = tr.getMeta(readOnlyCaretKey) as boolean | undefined;
            return meta ?? locked;
          },
        },
        filterTransaction: (tr, state) =>
          !tr.docChanged || !isReadOnly(state) || tr.getMeta(readOnlyCaretKey) === false,
        props: {
          attributes: (state): Record<string, string> =>
            isReadOnly(state) ? { 'aria-readonly': 'true' } : { 'aria-readonly': 'false' },
          handleTextInput: (view) => blockWhenLocked(view),
          handlePaste: (view) => blockWhenLocked(view),
          handleDrop: (view) => blockWhenLocked(view),
          handleDOMEvents: {
            // List items bind Tab to indenting; read-only, Tab must leave the text as it does
            // everywhere else (returning true without preventDefault skips every keymap).
            keydown: (view, event) => isReadOnly(view.state) && event.key === 'Tab',
            // Stops deletions, line breaks and IME input before Chromium edits the DOM.
            beforeinput: (view, event) => {
              if (!isReadOnly(view.state)) return false;
              event.preventDefault();
              return true;
            },
            cut: (view, event) => {
              if (!isReadOnly(view.state)) return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
