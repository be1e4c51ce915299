// The one place that defines the public page's query keys and query options.
import { queryOptions } from '@tanstack/react-query';
import { getPublicArticle } from './get-public-article';
import { getPublicVerdicts } from './get-public-verdicts';
import { getPublishedClaims } from './get-published-claims';

export const publicPageQueries = {
  all: () => ['public-page'] as const,
  details: () => [...publicPageQueries.all(), 'detail'] as const,
  article: (articleId: string) =>
    queryOptions({
      queryKey: [...publicPageQueries.details(), articleId],
      queryFn: () => getPublicArticle(articleId),
    }),
  lists: () => [...publicPageQueries.all(), 'list'] as const,
  publishedClaims: (articleId: string) =>
    queryOptions({
      queryKey: [...publicPageQueries.lists(), articleId, 'published-claims'],
      queryFn: () => getPublishedClaims(articleId),
    }),
  verdicts: () =>
    queryOptions({
      queryKey: [...publicPageQueries.all(), 'verdicts'],
      queryFn: getPublicVerdicts,
      // The scale changes with a migration, not while someone reads a page.
      staleTime: Infinity,
    }),
};
