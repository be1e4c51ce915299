// Adding an article: the lists that show articles, and the dashboard's counts per article,
// are fetched again once it is stored.
import { useMutation } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { createArticle } from '../api/create-article';

export function useCreateArticle() {
  return useMutation({
    mutationFn: createArticle,
    meta: { invalidates: [queryKeys.articles.all, queryKeys.claims.lists()] },
  });
}
