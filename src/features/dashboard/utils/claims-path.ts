// Where each of the dashboard's counts leads: the list of exactly the claims it counts. Claims
// in review and approved ones have their own pages (the queue, Ready to publish); every other
// count opens the newsroom's claims list (/claims) with the count's filters in the address.
import type { ClaimFilters } from '../api/get-newsroom-claims';

const noVerdict = 'none';

export function claimsPath(filters: ClaimFilters): string {
  const only = (status: string) => filters.status === status && filters.verdictId === undefined && filters.articleId === undefined;
  if (only('in_review')) return '/review';
  if (only('approved')) return '/ready';
  const search = new URLSearchParams();
  if (filters.status !== undefined) search.set('status', filters.status);
  if (filters.verdictId !== undefined) search.set('verdict', filters.verdictId ?? noVerdict);
  if (filters.articleId !== undefined) search.set('article', filters.articleId);
  const query = search.toString();
  return query === '' ? '/claims' : `/claims?${query}`;
}

/** The claims list's filters from its address's query string. */
export function claimFiltersFrom(search: string): ClaimFilters {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  const verdict = params.get('verdict');
  const article = params.get('article');
  return {
    ...(status === null || status === '' ? {} : { status }),
    ...(verdict === null || verdict === '' ? {} : { verdictId: verdict === noVerdict ? null : verdict }),
    ...(article === null || article === '' ? {} : { articleId: article }),
  };
}
