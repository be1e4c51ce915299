// The articles feature's queries, on the articles entity's keys.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getArticle } from './get-article';
import { getArticles } from './get-articles';

export const articleQueries = {
  list: (newsroomId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.lists(), 'newest-first', newsroomId],
      queryFn: () => getArticles(newsroomId),
    }),
  detail: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.detail(articleId), 'workspace'],
      queryFn: () => getArticle(articleId),
    }),
};
