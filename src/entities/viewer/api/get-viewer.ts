// Who is looking: the signed-in user's id, name and role, or null when nobody is signed in.
// The role only decides what the pages offer; the database checks it again on every write.
import { supabase } from '../../../lib/supabase';
import { RequestError } from '../../request-error/request-error';
import { isRole, type Role } from '../utils/roles';

export interface Viewer {
  id: string;
  displayName: string;
  role: Role;
}

export async function getViewer(): Promise<Viewer | null> {
  const { data: sessionData, error: sessionError } = await supabase.auth.getSession();
  if (sessionError) throw RequestError.fromAuth(sessionError);
  const userId = sessionData.session?.user.id;
  if (userId === undefined) return null;
  const { data, error, status } = await supabase
    .from('profiles')
    .select('id, display_name, role')
    .eq('id', userId)
    .maybeSingle();
  if (error) throw RequestError.fromPostgrest(error, status);
  if (data === null) return null;
  // The table's check constraint allows only these; anything else would be a schema change.
  if (!isRole(data.role)) throw new RequestError({ message: `Unknown role "${data.role}".`, code: 'unknown_role', status });
  return { id: data.id, displayName: data.display_name, role: data.role };
}
