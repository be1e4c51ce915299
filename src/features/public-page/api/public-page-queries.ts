// The public pages' queries. Publications hang under the claims entity's keys (a claim's
// under its detail, lists under its lists), so whatever publishes, corrects or retracts a
// claim refreshes them with the claims it invalidates; the article's under the articles'.
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { queryKeys } from '../../../entities/query-keys';
import { getArticleFactChecks } from './get-article-fact-checks';
import { getArticleRevisions } from './get-article-revisions';
import { getClaimAnchors } from './get-claim-anchors';
import { getClaimPublications } from './get-claim-publications';
import { getNewsroomBySlug } from './get-newsroom-by-slug';
import { getNewsroomFactChecks, type FactChecksCursor } from './get-newsroom-fact-checks';
import { getNewsroomVerdicts } from './get-newsroom-verdicts';
import { getPublicArticle } from './get-public-article';
import { getPublicArticleBody } from './get-public-article-body';

export const publicPageQueries = {
  article: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.detail(articleId), 'public'],
      queryFn: () => getPublicArticle(articleId),
    }),
  articleBody: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.detail(articleId), 'public-body'],
      queryFn: () => getPublicArticleBody(articleId),
    }),
  revisions: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.articles.detail(articleId), 'revisions'],
      queryFn: () => getArticleRevisions(articleId),
    }),
  articleFactChecks: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'published', 'article', articleId],
      queryFn: () => getArticleFactChecks(articleId),
    }),
  claimAnchors: (articleId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'published', 'anchors', articleId],
      queryFn: () => getClaimAnchors(articleId),
    }),
  claimPublications: (claimId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.detail(claimId), 'publications'],
      queryFn: () => getClaimPublications(claimId),
    }),
  newsroom: (slug: string) =>
    queryOptions({
      queryKey: queryKeys.newsrooms.bySlug(slug),
      queryFn: () => getNewsroomBySlug(slug),
    }),
  newsroomVerdicts: (newsroomId: string) =>
    queryOptions({
      queryKey: [...queryKeys.claims.lists(), 'published', 'verdicts', newsroomId],
      queryFn: () => getNewsroomVerdicts(newsroomId),
    }),
  newsroomFactChecks: (newsroomId: string, verdictLabel: string | null) =>
    infiniteQueryOptions({
      queryKey: [...queryKeys.claims.lists(), 'published', 'newsroom', newsroomId, verdictLabel],
      queryFn: ({ pageParam }) => getNewsroomFactChecks(newsroomId, verdictLabel, pageParam),
      initialPageParam: null as FactChecksCursor | null,
      getNextPageParam: (page) => page.next,
    }),
};
