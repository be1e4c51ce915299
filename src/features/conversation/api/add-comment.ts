// Adds a comment to a claim as the signed-in user (the database fills in the author and
// refuses anyone commenting in another's name) and returns it as the thread shows it.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import { commentColumns } from './get-comments';

export async function addComment({ claimId, body }: { claimId: string; body: string }) {
  const { data, error, status } = await supabase
    .from('claim_comments')
    .insert({ claim_id: claimId, body })
    .select(commentColumns)
    .single();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
