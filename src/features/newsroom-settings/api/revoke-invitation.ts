// Revokes a pending invitation (admins); its link stops working.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function revokeInvitation(invitationId: string) {
  const { error, status } = await supabase.rpc('revoke_invitation', { invitation_id: invitationId });
  if (error) throw RequestError.fromPostgrest(error, status);
}
