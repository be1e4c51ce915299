// The signed-in user's claims in a newsroom with their articles' titles and verdicts, and for
// each the latest "changes requested" event (the editor's note), all in one request.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

const myWorkColumns =
  'id, article_id, claim_text, quote_exact, status, updated_at, article:articles!inner(id, title, newsroom_id), verdict:verdicts(id, label, color), requests:claim_events(note, created_at, actor:profiles!claim_events_actor_id_fkey(display_name))';

export async function getMyWork(userId: string, newsroomId: string) {
  const { data, error, status } = await supabase
    .from('claims')
    .select(myWorkColumns)
    .eq('created_by', userId)
    .eq('article.newsroom_id', newsroomId)
    .eq('requests.action', 'changes_requested')
    .order('updated_at', { ascending: false })
    .order('id', { referencedTable: 'requests', ascending: false })
    .limit(1, { referencedTable: 'requests' });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type MyWorkItem = Awaited<ReturnType<typeof getMyWork>>[number];
