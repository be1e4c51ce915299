// Joins the invitation's newsroom in its role; the database checks the address, expiry and
// revocation and says which one failed.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function acceptInvitation(invitationId: string) {
  const { data, error, status } = await supabase.rpc('accept_invitation', { invitation_id: invitationId });
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}
