// Creates an account with email and password; the display name travels as sign-up
// metadata, from which the database starts the person's profile. Where sign-ups are
// confirmed by mail (a hosted project's default) no session comes back until the link in
// the mail is followed, and the caller says so.
import { supabase } from '../../../lib/supabase';

export interface SignUpDetails {
  email: string;
  password: string;
  displayName: string;
}

export interface SignUpResult {
  /** False when the auth server wants the email confirmed before the first sign-in. */
  signedIn: boolean;
}

export async function signUp({ email, password, displayName }: SignUpDetails): Promise<SignUpResult> {
  const { data, error } = await supabase.auth.signUp({
    email,
    password,
    options: { data: { display_name: displayName }, emailRedirectTo: window.location.href },
  });
  if (error) throw error;
  return { signedIn: data.session !== null };
}
