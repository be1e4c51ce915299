// Fetches a claim's comments, oldest first (the thread reads top to bottom, newest last),
// each with its author's display name in the same request.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';

export const commentColumns = 'id, claim_id, body, created_at, author_id, author:profiles!claim_comments_author_id_fkey(display_name)';

export async function getComments(claimId: string) {
  const { data, error, status } = await supabase
    .from('claim_comments')
    .select(commentColumns)
    .eq('claim_id', claimId)
    .order('created_at', { ascending: true })
    .order('id', { ascending: true });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

// A comment the server has not confirmed yet carries pending: true.
export type Comment = Awaited<ReturnType<typeof getComments>>[number] & { pending?: true };
