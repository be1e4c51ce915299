// Invites someone by email to a newsroom in a role (admins); the invitation's link is what
// the admin sends, since the local stack sends no mail.
import { RequestError } from '../../../entities/request-error/request-error';
import type { Role } from '../../../entities/viewer/utils/roles';
import { supabase } from '../../../lib/supabase';

export interface NewInvitation {
  newsroomId: string;
  email: string;
  role: Role;
}

export async function inviteMember({ newsroomId, email, role }: NewInvitation) {
  const { data, error, status } = await supabase.rpc('invite_member', { newsroom_id: newsroomId, email, role });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
