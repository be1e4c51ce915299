// The article's "own text" flag, for those who may change it (its creator, the newsroom's
// editors): only the newsroom's own text is shown in full on public pages; any other
// article is quoted sentence by sentence. A refusal is shown beside the box, which keeps the
// stored value.
import { useId } from 'react';
import { useUpdateArticleOwnText } from '../hooks/use-update-article-own-text';

export function OwnTextToggle({ articleId, ownText }: { articleId: string; ownText: boolean }) {
  const id = useId();
  const update = useUpdateArticleOwnText(articleId);
  const checked = update.isPending && update.variables !== undefined ? update.variables : ownText;
  return (
    <div className="article-own-text">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={update.isPending}
        aria-describedby={update.isError ? `${id}-error` : undefined}
        onChange={(event) => update.mutate(event.target.checked)}
      />
      <label htmlFor={id}>This is our newsroom’s own text: show it in full on public pages</label>
      {update.isError && (
        <p id={`${id}-error`} className="article-own-text-error" role="alert">
          Not saved: {update.error.message}
        </p>
      )}
    </div>
  );
}
