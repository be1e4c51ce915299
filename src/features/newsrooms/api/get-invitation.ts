// One invitation, as its link opens it: null when the signed-in user may not see it (it is
// addressed to someone else) or it does not exist, which the page tells apart from neither.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export async function getInvitation(invitationId: string) {
  const { data, error, status } = await supabase
    .from('newsroom_invitations')
    .select('id, email, role, expires_at, accepted_at, revoked_at, newsroom:newsrooms(id, name, slug)')
    .eq('id', invitationId)
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  return data;
}

export type OpenedInvitation = NonNullable<Awaited<ReturnType<typeof getInvitation>>>;
