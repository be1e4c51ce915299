// Signs in with email and password. Throws supabase-js's error (an AuthApiError for a
// wrong password) so the form can show the server's own words.
import { supabase } from '../../../lib/supabase';

export interface SignInCredentials {
  email: string;
  password: string;
}

export async function signIn({ email, password }: SignInCredentials) {
  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error) throw error;
  return data.session;
}
