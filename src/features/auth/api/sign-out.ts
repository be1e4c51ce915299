// Signs out: revokes the session on the server and forgets it in this browser.
import { supabase } from '../../../lib/supabase';

export async function signOut() {
  const { error } = await supabase.auth.signOut();
  if (error) throw error;
}
