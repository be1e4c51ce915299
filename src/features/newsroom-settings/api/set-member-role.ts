// Gives a member another role (admins; the last admin keeps theirs).
import { RequestError } from '../../../entities/request-error/request-error';
import type { Role } from '../../../entities/viewer/utils/roles';
import { supabase } from '../../../lib/supabase';

export interface MemberRoleChange {
  newsroomId: string;
  userId: string;
  role: Role;
}

export async function setMemberRole({ newsroomId, userId, role }: MemberRoleChange) {
  const { error, status } = await supabase.rpc('set_member_role', { newsroom_id: newsroomId, user_id: userId, role });
  if (error) throw RequestError.fromPostgrest(error, status);
}
