// The article body in a read-only Tiptap editor: the same document model the annotation
// tools will work on, without letting readers change the text. Loaded lazily because
// Tiptap and ProseMirror are most of the app's weight.
import type { JSONContent } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

export function ArticleView({ body }: { body: JSONContent }) {
  const editor = useEditor({
    editable: false,
    extensions: [StarterKit],
    content: body,
    // Client-side rendering only, so the editor can exist on the first render (no flash).
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      // Tiptap marks its element as a textbox; read-only, it is the article's text.
      attributes: { role: 'region', 'aria-label': 'Article text', class: 'article-body' },
    },
  });

  return <EditorContent editor={editor} />;
}
