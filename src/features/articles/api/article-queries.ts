// The one place that defines the articles feature's query keys and query options.
// Invalidate with the key-only levels, e.g. articleQueries.lists() after creating an article.
import { queryOptions } from '@tanstack/react-query';
import { getArticle } from './get-article';
import { getArticles } from './get-articles';

export const articleQueries = {
  all: () => ['articles'] as const,
  lists: () => [...articleQueries.all(), 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: [...articleQueries.lists()],
      queryFn: getArticles,
    }),
  details: () => [...articleQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...articleQueries.details(), id],
      queryFn: () => getArticle(id),
    }),
};
