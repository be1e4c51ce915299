// The articles feature's queries, on the articles entity's keys.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import type { KeysetValue } from '../../../lib/keyset';
import { getArticle } from './get-article';
import { getArticleCount } from './get-article-count';
import { getArticles } from './get-articles';

export const articleQueries = {
  list: (newsroomId: string) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.articles.lists(), 'newest-first', newsroomId],
      queryFn: ({ pageParam }) => getArticles(newsroomId, pageParam),
      initialPageParam: null as KeysetValue[] | null,
      getNextPageParam: (page) => page.next,
    }),
  count: (newsroomId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.lists(), 'count', newsroomId],
      queryFn: () => getArticleCount(newsroomId),
    }),
  detail: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.detail(articleId), 'workspace'],
      queryFn: () => getArticle(articleId),
    }),
};
