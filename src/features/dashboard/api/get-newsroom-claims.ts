// One page of a newsroom's claims, latest change first, of a status, a verdict (null: no
// verdict yet) and an article when given: the list behind each of the dashboard's counts. The
// first page of one article's claims also counts them (a handful; the newsroom's totals come
// from the claim counts).
import { RequestError } from '../../../entities/request-error/request-error';
import { type KeysetColumn, afterCursor, type KeysetValue, pageSize, toPage } from '../../../lib/keyset';
import { supabase } from '../../../lib/supabase';

export interface ClaimFilters {
  status?: string;
  verdictId?: string | null;
  articleId?: string;
}

const claimColumns = 'id, article_id, claim_text, status, updated_at, article:articles!inner(id, title, newsroom_id), verdict:verdicts(id, label, color)';

const order: KeysetColumn[] = [
  { column: 'updated_at', ascending: false },
  { column: 'id', ascending: false },
];

export async function getNewsroomClaims(newsroomId: string, filters: ClaimFilters, after: KeysetValue[] | null) {
  let query = supabase
    .from('claims')
    .select(claimColumns, after === null && filters.articleId !== undefined ? { count: 'exact' } : undefined)
    .eq('article.newsroom_id', newsroomId);
  if (filters.status !== undefined) query = query.eq('status', filters.status);
  if (filters.verdictId === null) query = query.is('verdict_id', null);
  else if (filters.verdictId !== undefined) query = query.eq('verdict_id', filters.verdictId);
  if (filters.articleId !== undefined) query = query.eq('article_id', filters.articleId);
  query = afterCursor(query, order, after);
  const { data, error, status, count } = await query
    .order('updated_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(pageSize + 1);
  if (error) throw RequestError.fromPostgrest(error, status);
  return { ...toPage(data, (claim) => [claim.updated_at, claim.id]), count };
}
