// The rationale's rich-text editor: paragraphs, bold, italic, line breaks and http(s) links,
// with a small toolbar. It reports the HTML Tiptap produces (or '' when empty); the parent
// remounts it (a new key) to load other content.
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { safeExternalUrl } from '../../../../lib/safe-external-url';
import { rationaleExtensions } from '../../utils/claim-form/rationale-extensions';

export function RationaleEditor({
  initialHtml,
  onChange,
  error,
}: {
  initialHtml: string;
  onChange: (html: string) => void;
  error: string | undefined;
}) {
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const linkInputId = `${id}-link`;
  const linkErrorId = `${id}-link-error`;
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // What makes the editable area a labelled text field for assistive technology.
  const attributes = useMemo(
    () => ({
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': labelId,
      ...(error ? { 'aria-invalid': 'true', 'aria-describedby': errorId } : {}),
      class: 'rationale-editor',
    }),
    [error, errorId, labelId],
  );

  const editor = useEditor({
    extensions: rationaleExtensions,
    editorProps: { attributes },
    content: initialHtml,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: current }) => onChangeRef.current(current.isEmpty ? '' : current.getHTML()),
  });

  // Before paint, so a save that finds the rationale invalid can focus it at once.
  useLayoutEffect(() => {
    editor.setOptions({ editorProps: { attributes } });
  }, [editor, attributes]);

  const marks = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      link: current.isActive('link'),
    }),
  });

  const [linkUrl, setLinkUrl] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const linkButton = useRef<HTMLButtonElement>(null);

  function openLink() {
    const current = editor.getAttributes('link').href;
    setLinkUrl(typeof current === 'string' ? current : '');
    setLinkError(null);
  }

  function closeLink() {
    setLinkUrl(null);
    setLinkError(null);
    linkButton.current?.focus();
  }

  function applyLink() {
    const href = safeExternalUrl(linkUrl);
    if (href === null) {
      setLinkError('Enter a web address starting with http:// or https://.');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    setLinkUrl(null);
    setLinkError(null);
  }

  function removeLink() {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    setLinkUrl(null);
    setLinkError(null);
  }

  return (
    <div className="claim-field">
      <span id={labelId} className="claim-field-label" onClick={() => editor.commands.focus()}>
        Rationale
      </span>
      <div role="group" aria-label="Rationale formatting" className="rationale-toolbar">
        <button
          type="button"
          className="button button-quiet rationale-tool"
          aria-pressed={marks.bold}
          // Keeps the caret in the rationale: typing right after the click goes on in place.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor.chain().focus().toggleBold().run()}
        >
          Bold
        </button>
        <button
          type="button"
          className="button button-quiet rationale-tool"
          aria-pressed={marks.italic}
          // Keeps the caret in the rationale: typing right after the click goes on in place.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => editor.chain().focus().toggleItalic().run()}
        >
          Italic
        </button>
        <button
          type="button"
          className="button button-quiet rationale-tool"
          ref={linkButton}
          aria-pressed={marks.link}
          aria-expanded={linkUrl !== null}
          onClick={() => (linkUrl === null ? openLink() : closeLink())}
        >
          Link
        </button>
      </div>
      {linkUrl !== null && (
        <div role="group" aria-label="Link" className="rationale-link">
          <label htmlFor={linkInputId}>Link address</label>
          <input
            id={linkInputId}
            // Opened by the Link button: the address is what the user came to type.
            autoFocus
            type="url"
            value={linkUrl}
            aria-invalid={linkError ? true : undefined}
            aria-describedby={linkError ? linkErrorId : undefined}
            onChange={(event) => setLinkUrl(event.target.value)}
            onKeyDown={(event) => {
              // Enter would submit the claim form around this field.
              if (event.key === 'Enter') {
                event.preventDefault();
                applyLink();
              } else if (event.key === 'Escape') {
                event.preventDefault();
                closeLink();
              }
            }}
          />
          <button type="button"
          className="button button-quiet rationale-tool" onClick={applyLink}>
            Apply link
          </button>
          {marks.link && (
            <button type="button"
          className="button button-quiet rationale-tool" onClick={removeLink}>
              Remove link
            </button>
          )}
          <button type="button"
          className="button button-quiet rationale-tool" onClick={closeLink}>
            Cancel
          </button>
          {linkError && (
            <p id={linkErrorId} className="claim-field-error">
              {linkError}
            </p>
          )}
        </div>
      )}
      <EditorContent editor={editor} />
      {error && (
        <p id={errorId} className="claim-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
