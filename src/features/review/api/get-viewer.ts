// Who is looking: the signed-in user's id, name and role. The role only decides what the
// pages offer; the workflow functions check it again on every decision.
import { supabase } from '../../../lib/supabase';
import { ReviewRequestError } from './review-request-error';

export interface Viewer {
  id: string;
  displayName: string;
  role: string;
}

export function isReviewer(viewer: Viewer | null | undefined): boolean {
  return viewer?.role === 'editor' || viewer?.role === 'admin';
}

export async function getViewer(): Promise<Viewer | null> {
  const { data: sessionData, error: sessionError } = await supabase.auth.getSession();
  if (sessionError) throw sessionError;
  const userId = sessionData.session?.user.id;
  if (userId === undefined) return null;
  const { data, error, status } = await supabase
    .from('profiles')
    .select('id, display_name, role')
    .eq('id', userId)
    .maybeSingle();
  if (error) throw new ReviewRequestError(error, status);
  if (data === null) return null;
  return { id: data.id, displayName: data.display_name, role: data.role };
}
