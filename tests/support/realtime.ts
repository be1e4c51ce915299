// Realtime channels of supabase-js's own client for the tests: joined (or refused) with what
// happened on them recorded, so a test can wait for a broadcast, a presence leave or the
// channel's end, and every channel a test opened is removed afterwards (a refused channel
// too, since realtime-js would otherwise keep retrying the join).
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { SignJWT } from 'jose';
import { afterEach } from 'vitest';
import { jwtSecret } from '../../stack/config.ts';

export interface BroadcastReceived {
  event: string;
  payload: Record<string, unknown>;
  meta?: { id?: string };
}

export interface Joined {
  channel: RealtimeChannel;
  /** SUBSCRIBED, or how the join ended (CHANNEL_ERROR with its error, TIMED_OUT). */
  status: string;
  error?: Error;
  broadcasts: BroadcastReceived[];
  systemMessages: Record<string, unknown>[];
  /** Every status after the first (CLOSED, SUBSCRIBED again after a rejoin…). */
  laterStatuses: string[];
  /** The keys of presences that left, in order. */
  presenceLeaves: string[];
}

const opened: Array<{ client: SupabaseClient; channel: RealtimeChannel }> = [];

/** Removes the channels the test opened; call it at the top of a file. */
export function useChannels() {
  afterEach(async () => {
    const channels = opened.splice(0);
    await Promise.all(channels.map(({ client, channel }) => client.removeChannel(channel)));
  });
}

export type ChannelConfig = {
  private?: boolean;
  broadcast?: { self?: boolean; ack?: boolean };
  presence?: { key?: string; enabled?: boolean };
};

/** Joins `topic` (on the wire realtime:<topic>) and resolves once the join is answered. */
export function join(
  client: SupabaseClient,
  topic: string,
  config: ChannelConfig = { private: true },
  options: { presence?: boolean } = {},
): Promise<Joined> {
  const channel = client.channel(topic, { config });
  opened.push({ client, channel });
  const joined: Joined = { channel, status: '', broadcasts: [], systemMessages: [], laterStatuses: [], presenceLeaves: [] };
  channel.on('broadcast', { event: '*' }, (message) => joined.broadcasts.push(message as unknown as BroadcastReceived));
  channel.on('system', {}, (message: Record<string, unknown>) => joined.systemMessages.push(message));
  if (options.presence) channel.on('presence', { event: 'leave' }, ({ key }) => joined.presenceLeaves.push(key));
  return new Promise((resolve) => {
    channel.subscribe((status, error) => {
      if (joined.status !== '') {
        joined.laterStatuses.push(status);
        return;
      }
      joined.status = status;
      if (error) joined.error = error;
      resolve(joined);
    });
  });
}

/** Polls until `check` returns something other than undefined, or fails after timeoutMs. */
export async function eventually<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The first broadcast of `event` that `matches`, once it has arrived. */
export function broadcastOf(joined: Joined, event: string, matches: (payload: Record<string, unknown>) => boolean = () => true, timeoutMs?: number) {
  return eventually(() => joined.broadcasts.find((message) => message.event === event && matches(message.payload)), `a broadcast "${event}"`, timeoutMs);
}

/** Waits long enough for anything in flight to have arrived (for asserting that nothing did). */
export function settle(ms = 400) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** An access token as auth issues one (HS256, the stack's secret) for a user, expiring when told. */
export function accessTokenFor(userId: string, expiresInSeconds: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: 'authenticated', aud: 'authenticated' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuedAt(now)
    .setExpirationTime(now + expiresInSeconds)
    .sign(new TextEncoder().encode(jwtSecret));
}
