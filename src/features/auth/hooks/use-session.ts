// The signed-in session as React state. SessionProvider fills the context from supabase-js's
// auth events; components read it with useSession.
import type { Session } from '@supabase/supabase-js';
import { createContext, useContext } from 'react';

export interface SessionState {
  /** True until supabase-js has restored (or failed to find) a stored session. */
  isLoading: boolean;
  session: Session | null;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === null) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}
