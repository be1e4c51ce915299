// Every approved claim of a newsroom waiting to be published, oldest approval first, with its
// article's title, its checker's and reviewer's names and its verdict, in one request.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

const readyColumns =
  'id, claim_text, reviewed_at, article:articles!inner(id, title, newsroom_id), author:profiles!claims_created_by_fkey(display_name), reviewer:profiles!claims_reviewed_by_fkey(display_name), verdict:verdicts(id, label, color)';

export async function getReadyToPublish(newsroomId: string) {
  const { data, error, status } = await supabase
    .from('claims')
    .select(readyColumns)
    .eq('status', 'approved')
    .eq('article.newsroom_id', newsroomId)
    .order('reviewed_at', { ascending: true })
    .order('id', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type ReadyItem = Awaited<ReturnType<typeof getReadyToPublish>>[number];
