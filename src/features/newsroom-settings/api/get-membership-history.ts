// One page of a newsroom's membership audit, newest first, for its admins: who joined, was
// invited, changed role or was removed, by whom and when. Pages by keyset on the event id
// (an identity, so newer events have larger ids), never by offset.
import { RequestError } from '../../../entities/request-error/request-error';
import { supabase } from '../../../lib/supabase';

export const membershipHistoryPageSize = 50;

export async function getMembershipHistory(newsroomId: string, before: number | null) {
  let query = supabase
    .from('newsroom_member_events')
    .select(
      'id, action, email, from_role, to_role, created_at, ' +
        'actor:profiles!newsroom_member_events_actor_id_fkey(display_name), ' +
        'member:profiles!newsroom_member_events_user_id_fkey(display_name)',
    )
    .eq('newsroom_id', newsroomId)
    .order('id', { ascending: false })
    .limit(membershipHistoryPageSize);
  if (before !== null) query = query.lt('id', before);
  const { data, error, status } = await query.returns<MembershipEvent[]>();
  if (error) throw RequestError.fromPostgrest(error, status);
  return { events: data, nextBefore: data.length === membershipHistoryPageSize ? data[data.length - 1]!.id : null };
}

export interface MembershipEvent {
  id: number;
  action: string;
  email: string | null;
  from_role: string | null;
  to_role: string | null;
  created_at: string;
  actor: { display_name: string } | null;
  member: { display_name: string } | null;
}
