// Fetches the signed-in user's id and every profile's name and role. Row-level security lets
// any signed-in user read profiles; the role decides only what the page offers (edit mode),
// while the database checks it again on save.
import { supabase } from '../../../../lib/supabase';

export interface WorkspacePerson {
  id: string;
  display_name: string;
  role: string;
}

export interface WorkspacePeople {
  userId: string | null;
  people: WorkspacePerson[];
}

export async function getWorkspacePeople(): Promise<WorkspacePeople> {
  const { data: sessionData, error: sessionError } = await supabase.auth.getSession();
  if (sessionError) throw sessionError;
  const { data, error } = await supabase.from('profiles').select('id, display_name, role');
  if (error) throw error;
  return { userId: sessionData.session?.user.id ?? null, people: data };
}
