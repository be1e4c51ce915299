// Keeps the session in React state by following supabase-js's auth events, which also
// report sessions restored from storage and refreshed tokens.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { subscribeToSession } from '../api/subscribe-to-session';
import { SessionContext, type SessionState } from '../hooks/use-session';

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<SessionState>({ isLoading: true, session: null });

  useEffect(
    () =>
      subscribeToSession((event, session) => {
        // Row-level security makes every cached answer specific to the user who asked.
        if (event === 'SIGNED_OUT') queryClient.clear();
        setState({ isLoading: false, session });
      }),
    [queryClient],
  );

  return <SessionContext value={state}>{children}</SessionContext>;
}
