// Follows supabase-js's auth events, which also report sessions restored from storage and
// refreshed tokens; returns the function that stops following them.
import type { AuthChangeEvent, Session } from '@supabase/supabase-js';
import { supabase } from '../../../lib/supabase';

export function subscribeToSession(onChange: (event: AuthChangeEvent, session: Session | null) => void): () => void {
  const { data } = supabase.auth.onAuthStateChange(onChange);
  return () => data.subscription.unsubscribe();
}
