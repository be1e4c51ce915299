// One page of a newsroom's public index: the latest publication of each of its claims,
// newest first, optionally of one verdict (as labelled when published), with how many there
// are in all. Keyset-paged on (published_at, id), the order of the publications' index, so a
// page costs the same however deep it is and a fact-check published meanwhile neither
// repeats nor pushes another out of the list.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';
import { publicationFromRow } from '../utils/publication';
import { publicationColumns } from './get-article-fact-checks';

export const factChecksPageSize = 20;

export interface FactChecksCursor {
  publishedAt: string;
  id: number;
}

export async function getNewsroomFactChecks(newsroomId: string, verdictLabel: string | null, after: FactChecksCursor | null) {
  let query = supabase
    .from('latest_claim_publications')
    .select(publicationColumns, { count: 'exact' })
    .eq('newsroom_id', newsroomId);
  if (verdictLabel !== null) query = query.eq('verdict_label', verdictLabel);
  if (after !== null) {
    query = query.or(`published_at.lt."${after.publishedAt}",and(published_at.eq."${after.publishedAt}",id.lt.${after.id})`);
  }
  const { data, error, status, count } = await query
    .order('published_at', { ascending: false })
    .order('id', { ascending: false })
    .limit(factChecksPageSize);
  if (error) throw RequestError.fromPostgrest(error, status);
  const factChecks = data.map(publicationFromRow);
  const last = factChecks.at(-1);
  return {
    factChecks,
    total: count ?? factChecks.length,
    next: factChecks.length === factChecksPageSize && last !== undefined ? { publishedAt: last.publishedAt, id: last.id } : null,
  };
}

export type FactChecksPage = Awaited<ReturnType<typeof getNewsroomFactChecks>>;
