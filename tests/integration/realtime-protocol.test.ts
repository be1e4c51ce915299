// The Realtime service through the gateway as realtime-js speaks to it: the WebSocket upgrade
// and its apikey, Phoenix's frames as they go over the wire (heartbeat, join, leave, refusals,
// unmatched topics), and supabase-js's own client joining, leaving, broadcasting (with `self`
// and `ack`) and sharing presence on public channels. Private channels and their policies
// are in realtime-authorization.test.ts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { anonClient, testStack } from '../support/clients.ts';
import { broadcastOf, eventually, join, settle, useChannels } from '../support/realtime.ts';

useChannels();

const socketUrl = (apikey?: string) => `${testStack.realtimeUrl}?${apikey === undefined ? '' : `apikey=${encodeURIComponent(apikey)}&`}vsn=2.0.0`;

/** A raw socket with every text frame it received, parsed. */
async function rawSocket(): Promise<{ socket: WebSocket; frames: unknown[][]; send: (frame: unknown[]) => void; close: () => void }> {
  const socket = new WebSocket(socketUrl(testStack.anonKey));
  const frames: unknown[][] = [];
  socket.on('message', (data, isBinary) => {
    if (!isBinary) frames.push(JSON.parse(data.toString()) as unknown[]);
  });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { socket, frames, send: (frame) => socket.send(JSON.stringify(frame)), close: () => socket.close() };
}

function refusal(url: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => reject(new Error('the upgrade was accepted')));
    socket.once('unexpected-response', (_request, response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown }));
    });
  });
}

describe('the WebSocket upgrade at /realtime/v1/websocket', () => {
  it('is refused without an apikey, as Supabase\'s gateway refuses it', async () => {
    expect(await refusal(socketUrl())).toEqual({ status: 401, body: { message: 'No API key found in request' } });
  });

  it('is refused with an apikey that is not the project\'s', async () => {
    expect(await refusal(socketUrl('not-a-key'))).toEqual({ status: 401, body: { message: 'Invalid API key' } });
  });

  it('is refused on any other path', async () => {
    const url = socketUrl(testStack.anonKey).replace('/realtime/v1/websocket', '/realtime/v1/other');
    expect((await refusal(url)).status).toBe(404);
  });
});

describe('Phoenix frames on the wire', () => {
  it('answers the heartbeat on topic phoenix', async () => {
    const raw = await rawSocket();
    raw.send([null, '9', 'phoenix', 'heartbeat', {}]);
    expect(await eventually(() => raw.frames.find((f) => f[1] === '9'), 'the heartbeat reply')).toEqual([
      null,
      '9',
      'phoenix',
      'phx_reply',
      { status: 'ok', response: {} },
    ]);
    raw.close();
  });

  it('joins, answers a push to a topic it has not joined with "unmatched topic", and on leave replies then closes', async () => {
    const raw = await rawSocket();
    const topic = `realtime:room-${randomUUID()}`;
    raw.send(['1', '1', topic, 'phx_join', { config: { broadcast: { self: false, ack: false }, presence: { key: '', enabled: false }, private: false } }]);
    expect(await eventually(() => raw.frames.find((f) => f[1] === '1'), 'the join reply')).toEqual([
      '1',
      '1',
      topic,
      'phx_reply',
      { status: 'ok', response: { postgres_changes: [] } },
    ]);
    raw.send(['5', '2', 'realtime:elsewhere', 'broadcast', { type: 'broadcast', event: 'x', payload: {} }]);
    expect(await eventually(() => raw.frames.find((f) => f[1] === '2'), 'the unmatched reply')).toEqual([
      '5',
      '2',
      'realtime:elsewhere',
      'phx_reply',
      { status: 'error', response: { reason: 'unmatched topic' } },
    ]);
    raw.send(['1', '3', topic, 'phx_leave', {}]);
    await eventually(() => raw.frames.find((f) => f[3] === 'phx_close'), 'phx_close');
    expect(raw.frames.slice(-2)).toEqual([
      ['1', '3', topic, 'phx_reply', { status: 'ok', response: {} }],
      ['1', '1', topic, 'phx_close', {}],
    ]);
    raw.close();
  });

  it.each([
    ['a token signed with another secret', 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoiYW5vbiIsImV4cCI6MTk4MzgxMjk5Nn0.Xx0bWzN0dGhpcy1pcy1ub3QtdGhlLXNpZ25hdHVyZQ', 'JwtSignatureError: Failed to validate JWT signature'],
    ['something that is not a JWT', 'not-a-jwt', 'MalformedJWT: The token provided is not a valid JWT'],
  ])('refuses a join with %s, in Supabase\'s words', async (_name, token, reason) => {
    const raw = await rawSocket();
    raw.send(['1', '1', `realtime:room-${randomUUID()}`, 'phx_join', { config: { private: false }, access_token: token }]);
    const reply = await eventually(() => raw.frames.find((f) => f[1] === '1'), 'the join reply');
    expect(reply[4]).toEqual({ status: 'error', response: { reason } });
    raw.close();
  });

  it('refuses a join without a topic name', async () => {
    const raw = await rawSocket();
    raw.send(['1', '1', 'realtime:', 'phx_join', { config: {} }]);
    const reply = await eventually(() => raw.frames.find((f) => f[1] === '1'), 'the join reply');
    expect(reply[4]).toEqual({ status: 'error', response: { reason: 'TopicNameRequired: You must provide a topic name' } });
    raw.close();
  });
});

describe('supabase-js on public channels', () => {
  it('joins and leaves', async () => {
    const client = anonClient();
    const joined = await join(client, `room-${randomUUID()}`, { private: false });
    expect(joined.status).toBe('SUBSCRIBED');
    expect(await joined.channel.unsubscribe()).toBe('ok');
    await eventually(() => (joined.laterStatuses.includes('CLOSED') ? true : undefined), 'CLOSED');
  });

  it('keeps the connection alive with heartbeats that the service answers', async () => {
    const client = anonClient();
    await join(client, `room-${randomUUID()}`, { private: false });
    const statuses: string[] = [];
    client.realtime.onHeartbeat((status) => statuses.push(status));
    await client.realtime.sendHeartbeat();
    await eventually(() => (statuses.includes('ok') ? true : undefined), 'a heartbeat answered ok');
    expect(statuses).toEqual(['sent', 'ok']);
  });

  it('broadcasts to the others only, unless `self` asks for the sender too', async () => {
    const topic = `room-${randomUUID()}`;
    const [quiet, loud, listener] = [anonClient(), anonClient(), anonClient()];
    const withoutSelf = await join(quiet, topic, { private: false });
    const withSelf = await join(loud, topic, { private: false, broadcast: { self: true } });
    const other = await join(listener, topic, { private: false });
    await withoutSelf.channel.send({ type: 'broadcast', event: 'moved', payload: { by: 'quiet', note: 'déjà vu 🚀' } });
    await withSelf.channel.send({ type: 'broadcast', event: 'moved', payload: { by: 'loud' } });
    await broadcastOf(other, 'moved', (p) => p.by === 'loud');
    await broadcastOf(withSelf, 'moved', (p) => p.by === 'loud');
    await settle();
    expect(other.broadcasts.map((b) => b.payload)).toEqual([{ by: 'quiet', note: 'déjà vu 🚀' }, { by: 'loud' }]);
    expect(withoutSelf.broadcasts.map((b) => b.payload)).toEqual([{ by: 'loud' }]);
    expect(withSelf.broadcasts.map((b) => b.payload)).toEqual([{ by: 'quiet', note: 'déjà vu 🚀' }, { by: 'loud' }]);
  });

  it('acknowledges a broadcast when `ack` is on', async () => {
    const topic = `room-${randomUUID()}`;
    const sender = await join(anonClient(), topic, { private: false, broadcast: { ack: true } });
    const other = await join(anonClient(), topic, { private: false });
    expect(await sender.channel.send({ type: 'broadcast', event: 'ping', payload: {} })).toBe('ok');
    await broadcastOf(other, 'ping');
  });

  it('a private and a public channel of the same name never hear each other', async () => {
    const topic = `room-${randomUUID()}`;
    const open = await join(anonClient(), topic, { private: false });
    const alsoOpen = await join(anonClient(), topic, { private: false });
    await open.channel.send({ type: 'broadcast', event: 'hello', payload: {} });
    await broadcastOf(alsoOpen, 'hello');
    // An anonymous caller may not join the private one at all: no policy lets it read.
    const closed = await join(anonClient(), topic, { private: true });
    expect(closed.status).toBe('CHANNEL_ERROR');
  });
});

describe('presence', () => {
  it('two clients see each other, and one leaving is a diff the other sees', async () => {
    const topic = `room-${randomUUID()}`;
    const ana = await join(anonClient(), topic, { private: false, presence: { key: 'ana' } }, { presence: true });
    const ben = await join(anonClient(), topic, { private: false, presence: { key: 'ben' } }, { presence: true });
    expect(await ana.channel.track({ editing: 'claim-1', name: 'Ana Müller' })).toBe('ok');
    expect(await ben.channel.track({ editing: null })).toBe('ok');
    const bothSeen = (joined: typeof ana) => {
      const state = joined.channel.presenceState();
      return state.ana && state.ben ? state : undefined;
    };
    const seenByBen = await eventually(() => bothSeen(ben), 'both in Ben\'s presence state');
    await eventually(() => bothSeen(ana), 'both in Ana\'s presence state');
    expect(seenByBen.ana).toEqual([expect.objectContaining({ editing: 'claim-1', name: 'Ana Müller', presence_ref: expect.any(String) })]);

    await ana.channel.unsubscribe();
    await eventually(() => (ben.presenceLeaves.includes('ana') ? true : undefined), 'Ana\'s leave');
    expect(Object.keys(ben.channel.presenceState())).toEqual(['ben']);
  });

  it('a client that joins late is sent the presence so far', async () => {
    const topic = `room-${randomUUID()}`;
    const early = await join(anonClient(), topic, { private: false, presence: { key: 'early' } }, { presence: true });
    await early.channel.track({ here: true });
    const late = await join(anonClient(), topic, { private: false, presence: { key: 'late' } }, { presence: true });
    await eventually(() => late.channel.presenceState().early, 'the early presence');
  });

  it('a client that disconnects leaves', async () => {
    const topic = `room-${randomUUID()}`;
    const anasClient = anonClient();
    const ana = await join(anasClient, topic, { private: false, presence: { key: 'ana' } }, { presence: true });
    const ben = await join(anonClient(), topic, { private: false, presence: { key: 'ben' } }, { presence: true });
    await ana.channel.track({ editing: 'x' });
    await eventually(() => ben.channel.presenceState().ana, 'Ana present');
    await anasClient.realtime.disconnect();
    await eventually(() => (ben.presenceLeaves.includes('ana') ? true : undefined), 'Ana\'s leave');
  });

  it('untrack is a leave', async () => {
    const topic = `room-${randomUUID()}`;
    const ana = await join(anonClient(), topic, { private: false, presence: { key: 'ana' } }, { presence: true });
    const ben = await join(anonClient(), topic, { private: false, presence: { key: 'ben' } }, { presence: true });
    await ana.channel.track({ editing: 'x' });
    await eventually(() => ben.channel.presenceState().ana, 'Ana present');
    expect(await ana.channel.untrack()).toBe('ok');
    await eventually(() => (ben.channel.presenceState().ana ? undefined : true), 'Ana gone');
  });
});
