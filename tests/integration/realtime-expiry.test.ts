// An access token's expiry as Supabase Realtime handles it: a join with an expired token is
// refused ("InvalidJWTToken: Token has expired … seconds ago"), and a channel joined with a
// token that then expires is ended by the service with a system message saying so, followed
// by phx_close (the client's channel is CLOSED), rather than left to listen unauthorised.
import { describe, expect, it } from 'vitest';
import { demoUserIds, seedArticleId } from '../../stack/seed/seed-ids.ts';
import { anonClient } from '../support/clients.ts';
import { accessTokenFor, eventually, join, useChannels } from '../support/realtime.ts';

useChannels();

const topic = `article:${seedArticleId}`;

describe('an expiring access token', () => {
  it('already expired, refuses the join', async () => {
    const client = anonClient();
    await client.realtime.setAuth(await accessTokenFor(demoUserIds.checker, -5));
    const joined = await join(client, topic);
    expect(joined.status).toBe('CHANNEL_ERROR');
    expect(joined.error?.message).toMatch(/^InvalidJWTToken: Token has expired [5-9] seconds ago$/);
  });

  it('expiring after the join, ends the channel with a system message, then phx_close', async () => {
    const client = anonClient();
    await client.realtime.setAuth(await accessTokenFor(demoUserIds.checker, 2));
    const joined = await join(client, topic);
    expect(joined.status).toBe('SUBSCRIBED');
    await eventually(() => (joined.laterStatuses.includes('CLOSED') ? true : undefined), 'the channel closed', 6000);
    expect(joined.systemMessages).toEqual([
      { extension: 'system', status: 'error', message: expect.stringMatching(/^Token has expired [0-9] seconds ago$/), channel: topic },
    ]);
    expect(joined.channel.state).toBe('closed');
  });
});
