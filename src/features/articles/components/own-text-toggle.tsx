// The article's "own text" flag, for those who may change it (its creator, the newsroom's
// editors): only the newsroom's own text is shown in full on public pages; any other
// article is quoted sentence by sentence. A refusal is shown beside the box, which keeps the
// stored value.
import { useId } from 'react';
import { useViewer } from '../../../entities/viewer/hooks/use-viewer';
import { mayEditArticleText, roleIn } from '../../../entities/viewer/utils/roles';
import type { ArticleDetails } from '../api/get-article';
import { useUpdateArticleOwnText } from '../hooks/use-update-article-own-text';

export function OwnTextToggle({ article }: { article: Pick<ArticleDetails, 'id' | 'newsroom_id' | 'created_by' | 'own_text'> }) {
  const id = useId();
  const viewer = useViewer();
  const update = useUpdateArticleOwnText(article.id);
  // The update policy is save_article_text's rule: the creator or an editor, members only.
  const allowed = viewer.data != null && mayEditArticleText({ id: viewer.data.id, role: roleIn(viewer.data, article.newsroom_id) }, article.created_by);
  if (!allowed) return null;
  const checked = update.isPending && update.variables !== undefined ? update.variables : article.own_text;
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
