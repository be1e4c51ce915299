// Joins a private Realtime topic (article:<id>, newsroom:<id>, user:<id>; the database
// broadcasts on them and RLS on realtime.messages decides who may join) and hands each
// broadcast to the caller. realtime-js rejoins by itself after a lost connection; the caller
// hears of each state so it can refetch what it may have missed.
import type { RealtimeChannel } from '@supabase/supabase-js';
import { supabase } from '../../../lib/supabase';

export type LiveState = 'joining' | 'live' | 'interrupted';

export type LiveMessage = { event: string; payload: Record<string, unknown> };

export function subscribeToTopic(
  topic: string,
  onMessage: (message: LiveMessage) => void,
  onState: (state: LiveState) => void,
): () => void {
  const channel: RealtimeChannel = supabase.channel(topic, { config: { private: true } });
  channel.on('broadcast', { event: '*' }, ({ event, payload }) => {
    onMessage({ event, payload: (payload ?? {}) as Record<string, unknown> });
  });
  channel.subscribe((status) => {
    onState(status === 'SUBSCRIBED' ? 'live' : status === 'CLOSED' ? 'joining' : 'interrupted');
  });
  return () => {
    void supabase.removeChannel(channel);
  };
}
