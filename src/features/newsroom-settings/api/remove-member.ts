// Removes a member from a newsroom (admins; the last admin stays).
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export interface MemberRemoval {
  newsroomId: string;
  userId: string;
}

export async function removeMember({ newsroomId, userId }: MemberRemoval) {
  const { error, status } = await supabase.rpc('remove_member', { newsroom_id: newsroomId, user_id: userId });
  if (error) throw RequestError.fromPostgrest(error, status);
}
