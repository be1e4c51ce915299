// Fetches one page of a claim's comments, oldest first (the thread reads top to bottom, newest
// last), each with its author's display name in the same request.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../../entities/request-error/request-error';
import { type KeysetColumn, afterCursor, type KeysetValue, type Page, pageSize, toPage } from '../../../lib/keyset';

export const commentColumns = 'id, claim_id, body, created_at, author_id, author:profiles!claim_comments_author_id_fkey(display_name)';

const order: KeysetColumn[] = [
  { column: 'created_at', ascending: true },
  { column: 'id', ascending: true },
];

export async function getComments(claimId: string, after: KeysetValue[] | null): Promise<CommentPage> {
  let query = supabase
    .from('claim_comments')
    .select(commentColumns)
    .eq('claim_id', claimId);
  query = afterCursor(query, order, after);
  const { data, error, status } = await query
    .order('created_at', { ascending: true })
    .order('id', { ascending: true })
    .limit(pageSize + 1);
  if (error) throw RequestError.fromPostgrest(error, status);
  return toPage<Comment>(data, (comment) => [comment.created_at, comment.id]);
}

interface StoredComment {
  id: string;
  claim_id: string;
  body: string;
  created_at: string;
  author_id: string | null;
  author: { display_name: string } | null;
}

// A comment the server has not confirmed yet carries pending: true.
export type Comment = StoredComment & { pending?: true };

export type CommentPage = Page<Comment>;
