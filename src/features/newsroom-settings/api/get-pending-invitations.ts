// A newsroom's invitations that can still be accepted (not accepted, revoked or expired),
// newest first, for its admins. An admin invites a handful of people at a time; past a
// thousand the page says so instead of stopping silently.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export const pendingInvitationsShown = 1000;

export async function getPendingInvitations(newsroomId: string) {
  const { data, error, status, count } = await supabase
    .from('newsroom_invitations')
    .select('id, email, role, created_at, expires_at, inviter:profiles!newsroom_invitations_invited_by_fkey(display_name)', {
      count: 'exact',
    })
    .eq('newsroom_id', newsroomId)
    .is('accepted_at', null)
    .is('revoked_at', null)
    .gt('expires_at', new Date().toISOString())
    .order('created_at', { ascending: false })
    .limit(pendingInvitationsShown);
  if (error) throw RequestError.fromPostgrest(error, status);
  return { invitations: data, total: count ?? data.length };
}

export type PendingInvitation = Awaited<ReturnType<typeof getPendingInvitations>>['invitations'][number];
