// Marking an article as the newsroom's own text: the article (its page and its public page,
// which shows or stops showing the text) is fetched again.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { updateArticleOwnText } from '../api/update-article-own-text';

export function useUpdateArticleOwnText(articleId: string) {
  return useMutation({
    mutationFn: (ownText: boolean) => updateArticleOwnText({ articleId, ownText }),
    meta: { invalidates: [queryKeys.articles.detail(articleId)] },
  });
}
