// The signed-in user's claims in a newsroom with their articles' titles and verdicts, and for
// each the latest "changes requested" event (the editor's note). Two requests side by side:
// the trail outlives claims, so it is no longer embedded under them.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

const myWorkColumns =
  'id, article_id, claim_text, quote_exact, status, updated_at, article:articles!inner(id, title, newsroom_id), verdict:verdicts(id, label, color)';

export async function getMyWork(userId: string, newsroomId: string) {
  const [claims, requests] = await Promise.all([
    supabase
      .from('claims')
      .select(myWorkColumns)
      .eq('created_by', userId)
      .eq('article.newsroom_id', newsroomId)
      .order('updated_at', { ascending: false }),
    supabase.from('latest_change_requests').select('claim_id, note, actor_name, created_at').eq('created_by', userId),
  ]);
  if (claims.error) throw RequestError.fromPostgrest(claims.error, claims.status);
  if (requests.error) throw RequestError.fromPostgrest(requests.error, requests.status);
  const requestOf = new Map(requests.data.map((request) => [request.claim_id, request]));
  return claims.data.map((claim) => ({ ...claim, request: requestOf.get(claim.id) ?? null }));
}

export type MyWorkItem = Awaited<ReturnType<typeof getMyWork>>[number];
