// The dashboard's queries, on the claims entity's list key: every claim change refreshes them.
// The home page is where people look to see what changed: they always ask again on arrival.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { type KeysetValue, pageSize } from '../../../lib/keyset';
import { type ArticleSelection, getArticleCounts } from './get-article-counts';
import { getArticleTotal } from './get-article-total';
import { type ClaimFilters, getNewsroomClaims } from './get-newsroom-claims';
import { pageOfArticles } from '../utils/summarize-counts';

export const dashboardQueries = {
  articleCounts: (newsroomId: string, articles: ArticleSelection) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.claims.lists(), 'counts-by-article', newsroomId, articles],
      queryFn: async ({ pageParam }) => pageOfArticles(await getArticleCounts(newsroomId, articles, pageParam), pageSize),
      initialPageParam: null as KeysetValue[] | null,
      getNextPageParam: (page) => page.next,
      staleTime: 0,
    }),
  articleTotal: (newsroomId: string, articles: ArticleSelection) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'article-total', newsroomId, articles],
      queryFn: () => getArticleTotal(newsroomId, articles),
      staleTime: 0,
    }),
  claims: (newsroomId: string, filters: ClaimFilters) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.claims.lists(), 'newsroom-claims', newsroomId, filters],
      queryFn: ({ pageParam }) => getNewsroomClaims(newsroomId, filters, pageParam),
      initialPageParam: null as KeysetValue[] | null,
      getNextPageParam: (page) => page.next,
      staleTime: 0,
    }),
};
