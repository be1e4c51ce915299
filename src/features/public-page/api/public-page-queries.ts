// The public page's queries, on the articles' and claims' entity keys; the verdict scale
// comes from the verdicts entity.
import { queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getArticleRevisions } from './get-article-revisions';
import { getPublicArticle } from './get-public-article';
import { getPublishedClaims } from './get-published-claims';

export const publicPageQueries = {
  article: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.detail(articleId), 'public'],
      queryFn: () => getPublicArticle(articleId),
    }),
  revisions: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.detail(articleId), 'revisions'],
      queryFn: () => getArticleRevisions(articleId),
    }),
  publishedClaims: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'published', articleId],
      queryFn: () => getPublishedClaims(articleId),
    }),
};
