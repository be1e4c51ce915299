// Private channels, authorised as on Supabase by the RLS policies on realtime.messages
// (migration 20251208000021): from the honest side (members join their newsroom's article
// and newsroom topics, a user their own user topic, and members talk to each other on an
// article) and the attacker's (a member of another newsroom, a signed-in user of no
// newsroom and an anonymous client are refused; nobody joins someone else's user topic or
// sends on a newsroom topic), and a new access token is judged again: one that no longer
// reads the topic, or is no token at all, ends the channel.
import { describe, expect, it } from 'vitest';
import { demoNewsroomId, demoUserIds, harbourArticleId, seedArticleId } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { demoUsers, signedInClient } from '../support/clients.ts';
import { broadcastOf, eventually, join, settle, useChannels, type Joined } from '../support/realtime.ts';
import { useThrowaways } from '../support/throwaways.ts';

const as = useCallers();
const throwaways = useThrowaways();
useChannels();

const articleTopic = `article:${seedArticleId}`;
const newsroomTopic = `newsroom:${demoNewsroomId}`;

function expectRefused(joined: Joined, topic: string) {
  expect(joined.status).toBe('CHANNEL_ERROR');
  expect(joined.error?.message).toBe(`Unauthorized: You do not have permissions to read from this Channel topic: ${topic}`);
}

describe.each([
  ['an article topic', articleTopic],
  ['a newsroom topic', newsroomTopic],
])('%s', (_name, topic) => {
  it('members of the newsroom join, whatever their role', async () => {
    for (const member of [as.checker, as.editor, as.admin]) expect((await join(member, topic)).status).toBe('SUBSCRIBED');
  });

  it('refuses a member of another newsroom', async () => {
    expectRefused(await join(as.harbourChecker, topic), topic);
    expectRefused(await join(as.harbourAdmin, topic), topic);
  });

  it('refuses a signed-in user of no newsroom', async () => {
    const stranger = await throwaways.signUpStranger('realtime-stranger');
    expectRefused(await join(stranger.client, topic), topic);
  });

  it('refuses an anonymous client', async () => {
    expectRefused(await join(as.anon, topic), topic);
  });
});

describe('article topics', () => {
  it('are their own newsroom\'s: a Harbour Gazette member joins Harbour\'s article, not Demo\'s', async () => {
    expect((await join(as.harbourChecker, `article:${harbourArticleId}`)).status).toBe('SUBSCRIBED');
    expectRefused(await join(as.checker, `article:${harbourArticleId}`), `article:${harbourArticleId}`);
  });

  it('members broadcast to each other and share presence', async () => {
    const ana = await join(as.checker, articleTopic, { private: true, broadcast: { ack: true }, presence: { key: demoUserIds.checker } }, { presence: true });
    const ed = await join(as.editor, articleTopic, { private: true, presence: { key: demoUserIds.editor } }, { presence: true });
    expect(await ana.channel.send({ type: 'broadcast', event: 'editing', payload: { claim_id: 'c-1' } })).toBe('ok');
    await broadcastOf(ed, 'editing', (p) => p.claim_id === 'c-1');
    expect(await ana.channel.track({ editing: 'c-1' })).toBe('ok');
    await eventually(() => ed.channel.presenceState()[demoUserIds.checker], 'Ana\'s presence');
  });

  it('refuses a topic that names no article', async () => {
    expectRefused(await join(as.checker, 'article:not-an-id'), 'article:not-an-id');
    expectRefused(await join(as.checker, 'article:00000000-0000-4000-8000-000000000000'), 'article:00000000-0000-4000-8000-000000000000');
  });
});

describe('newsroom topics', () => {
  it('are for listening: a member\'s broadcast reaches nobody and is never acknowledged, and presence is refused', async () => {
    const sender = await join(as.checker, newsroomTopic, { private: true, broadcast: { ack: true } });
    const listener = await join(as.editor, newsroomTopic);
    expect(await sender.channel.send({ type: 'broadcast', event: 'claim_status', payload: { forged: true } }, { timeout: 1500 })).toBe('timed out');
    expect(await sender.channel.track({ here: true })).toBe('error');
    await settle();
    expect(listener.broadcasts).toEqual([]);
  });
});

describe('user topics', () => {
  it('only that user joins', async () => {
    expect((await join(as.checker, `user:${demoUserIds.checker}`)).status).toBe('SUBSCRIBED');
    expectRefused(await join(as.checker, `user:${demoUserIds.checker2}`), `user:${demoUserIds.checker2}`);
    expectRefused(await join(as.editor, `user:${demoUserIds.checker}`), `user:${demoUserIds.checker}`);
    expectRefused(await join(as.anon, `user:${demoUserIds.checker}`), `user:${demoUserIds.checker}`);
  });
});

describe('a new access token on a joined channel', () => {
  it('that may still read the topic keeps the channel', async () => {
    const client = await signedInClient(demoUsers.checker);
    const joined = await join(client, articleTopic);
    const { data } = await as.checker2.auth.getSession();
    await client.realtime.setAuth(data.session!.access_token);
    const other = await join(as.editor, articleTopic);
    await settle();
    await other.channel.send({ type: 'broadcast', event: 'still-here', payload: {} });
    await broadcastOf(joined, 'still-here');
    expect(joined.laterStatuses).toEqual([]);
  });

  it('of someone who may not read the topic ends the channel, saying so', async () => {
    const client = await signedInClient(demoUsers.checker);
    const joined = await join(client, articleTopic);
    const { data } = await as.harbourChecker.auth.getSession();
    await client.realtime.setAuth(data.session!.access_token);
    await eventually(() => (joined.laterStatuses.includes('CLOSED') ? true : undefined), 'the channel closed');
    expect(joined.systemMessages).toEqual([
      expect.objectContaining({ extension: 'system', status: 'error', message: `You no longer have permission to read from this Channel topic: ${articleTopic}` }),
    ]);
  });

  it('that is not a valid token ends the channel', async () => {
    const client = await signedInClient(demoUsers.checker);
    const joined = await join(client, articleTopic);
    await client.realtime.setAuth('not-a-jwt');
    await eventually(() => (joined.laterStatuses.includes('CLOSED') ? true : undefined), 'the channel closed');
    expect(joined.systemMessages).toEqual([expect.objectContaining({ status: 'error', message: 'The token provided is not a valid JWT' })]);
  });
});
