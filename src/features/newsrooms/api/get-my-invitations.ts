// The invitations addressed to the signed-in user that can still be accepted, newest
// first, with the newsroom each one is for. Row-level security also shows a newsroom's
// admins the invitations they sent, so the address is matched here as well.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getMyInvitations(email: string) {
  const { data, error, status } = await supabase
    .from('newsroom_invitations')
    .select('id, role, expires_at, newsroom:newsrooms(id, name, slug)')
    .eq('email', email.trim().toLowerCase())
    .is('accepted_at', null)
    .is('revoked_at', null)
    .gt('expires_at', new Date().toISOString())
    .order('created_at', { ascending: false })
    .limit(100);
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type MyInvitation = Awaited<ReturnType<typeof getMyInvitations>>[number];
