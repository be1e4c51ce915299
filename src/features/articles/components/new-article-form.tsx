// The form for adding an article to the current newsroom: title, URL, publisher, publication date and the body, a
// Tiptap editor with the shared article schema, so text or HTML pasted from a news page keeps
// its paragraphs, headings, lists, quotes and links and loses everything else. Problems are
// named before anything is sent; a refused save says why and keeps everything typed.
// Loaded lazily (Tiptap is most of the app's weight), so the articles list stays small.
import { EditorContent, useEditor } from '@tiptap/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { bodyTextOf } from '../../../lib/anchoring/prosemirror-text';
import { articleExtensions } from '../../../lib/article-schema';
import { useCreateArticle } from '../hooks/use-create-article';
import { newArticleProblems, type NewArticleProblems } from '../utils/new-article-problems';
import './new-article-form.css';

type FieldName = keyof NewArticleProblems;

const fieldOrder: FieldName[] = ['title', 'url', 'publisher', 'publishedAt', 'body'];

export function NewArticleForm({ newsroomId }: { newsroomId: string }) {
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [publisher, setPublisher] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [problems, setProblems] = useState<NewArticleProblems>({});
  const ids = {
    title: useId(),
    url: useId(),
    urlHint: useId(),
    publisher: useId(),
    publishedAt: useId(),
    bodyLabel: useId(),
    bodyHint: useId(),
  };
  const problemId = (field: FieldName) => `${ids.title}-${field}-problem`;

  const editor = useEditor({
    extensions: articleExtensions,
    // Client-side rendering only, so the editor exists on the first render.
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': ids.bodyLabel,
        'aria-describedby': `${ids.bodyHint} ${problemId('body')}`,
        class: 'article-body new-article-body',
      },
    },
  });

  const [, navigate] = useLocation();
  const mutation = useCreateArticle();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    const bodyText = bodyTextOf(editor.state.doc);
    const found = newArticleProblems({ title, url, publisher, publishedAt, bodyText });
    setProblems(found);
    const firstProblem = fieldOrder.find((field) => found[field] !== undefined);
    if (firstProblem !== undefined) {
      if (firstProblem === 'body') editor.commands.focus();
      else document.getElementById(ids[firstProblem])?.focus();
      return;
    }
    mutation.mutate({
      newsroom_id: newsroomId,
      title: title.trim(),
      url: url.trim() === '' ? null : url.trim(),
      publisher: publisher.trim() === '' ? null : publisher.trim(),
      published_at: publishedAt === '' ? null : publishedAt,
      body: editor.getJSON(),
      body_text: bodyText,
    }, { onSuccess: (article) => navigate(`/articles/${article.id}`) });
  };

  const fieldProps = (field: Exclude<FieldName, 'body'>, describedBy: string[] = []) => ({
    id: ids[field],
    'aria-invalid': problems[field] !== undefined,
    'aria-describedby': [...describedBy, ...(problems[field] === undefined ? [] : [problemId(field)])].join(' ') || undefined,
  });

  const problemText = (field: FieldName) =>
    problems[field] === undefined ? null : (
      <p id={problemId(field)} className="inline-error">
        {problems[field]}
      </p>
    );

  const problemList = fieldOrder.flatMap((field) => (problems[field] === undefined ? [] : [problems[field]]));

  return (
    <form className="new-article-form" onSubmit={handleSubmit} noValidate>
      {problemList.length > 0 && (
        <ErrorAlert title="The article was not saved yet: fix these first.">
          <ul>
            {problemList.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </ErrorAlert>
      )}
      {mutation.isError && (
        <ErrorAlert title="The article could not be saved. Everything you entered is still here; try again.">
          <p>{mutation.error.message}</p>
        </ErrorAlert>
      )}
      <div className="field">
        <label htmlFor={ids.title}>Title</label>
        <input
          {...fieldProps('title')}
          name="title"
          type="text"
          required
          maxLength={500}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        {problemText('title')}
      </div>
      <div className="field">
        <label htmlFor={ids.url}>URL</label>
        <input
          {...fieldProps('url', [ids.urlHint])}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="url"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
        />
        <p id={ids.urlHint} className="field-hint">
          Optional. The article's web address, starting with http:// or https://.
        </p>
        {problemText('url')}
      </div>
      <div className="field">
        <label htmlFor={ids.publisher}>Publisher</label>
        <input
          {...fieldProps('publisher')}
          name="publisher"
          type="text"
          maxLength={500}
          value={publisher}
          onChange={(event) => setPublisher(event.target.value)}
        />
        {problemText('publisher')}
      </div>
      <div className="field">
        <label htmlFor={ids.publishedAt}>Publication date</label>
        <input
          {...fieldProps('publishedAt')}
          name="published_at"
          type="date"
          value={publishedAt}
          onChange={(event) => setPublishedAt(event.target.value)}
        />
        {problemText('publishedAt')}
      </div>
      <div className="field">
        <label id={ids.bodyLabel} onClick={() => editor.commands.focus()}>
          Body
        </label>
        <p id={ids.bodyHint} className="field-hint">
          Paste the article from its web page, or type it. Paragraphs, headings, lists, quotes, bold, italic
          and links are kept; everything else (images, scripts, styles) is dropped.
        </p>
        <EditorContent editor={editor} className="new-article-editor" />
        {problemText('body')}
      </div>
      <div className="new-article-actions">
        <button type="submit" className="button button-primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Saving…' : 'Save article'}
        </button>
        <Link to="/articles">Cancel</Link>
      </div>
    </form>
  );
}
