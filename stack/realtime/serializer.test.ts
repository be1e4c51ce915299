// The frame codec against realtime-js's own serializer: what it encodes we decode, what we
// encode it decodes, byte for byte, including multi-byte UTF-8 in topics and events (whose
// header lengths are byte counts) and malformed frames, which must be refused, not misread.
import * as serializerModule from '@supabase/realtime-js/dist/module/lib/serializer.js';
import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeMessage, encodeUserBroadcast, FrameError, type PhoenixMessage, type UserBroadcastPush } from './serializer.ts';

interface ClientSerializer {
  encode(message: unknown, callback: (encoded: string | ArrayBuffer) => unknown): unknown;
  decode(raw: string | ArrayBuffer, callback: (decoded: unknown) => unknown): unknown;
}

// realtime-js's ES module build, as supabase-js loads it in the browser; its types describe it as CommonJS.
const Serializer = (serializerModule as unknown as { default: new () => ClientSerializer }).default;
const client = new Serializer();

function clientEncode(message: { join_ref: string | null; ref: string | null; topic: string; event: string; payload: unknown }): string | ArrayBuffer {
  return client.encode(message, (encoded) => encoded) as string | ArrayBuffer;
}

function toBuffer(encoded: string | ArrayBuffer): { data: Buffer; isBinary: boolean } {
  return typeof encoded === 'string' ? { data: Buffer.from(encoded, 'utf8'), isBinary: false } : { data: Buffer.from(encoded), isBinary: true };
}

describe('frames from realtime-js', () => {
  it.each([
    ['a join', { join_ref: '1', ref: '1', topic: 'realtime:room', event: 'phx_join', payload: { config: { private: true } } }],
    ['a heartbeat', { join_ref: null, ref: '7', topic: 'phoenix', event: 'heartbeat', payload: {} }],
    ['a presence track', { join_ref: '2', ref: '3', topic: 'realtime:salle-été', event: 'presence', payload: { type: 'presence', event: 'track', payload: { name: 'Zoë' } } }],
  ])('%s is a JSON text frame', (_name, message) => {
    const { data, isBinary } = toBuffer(clientEncode(message));
    expect(isBinary).toBe(false);
    expect(decodeFrame(data, isBinary)).toEqual<PhoenixMessage>({
      joinRef: message.join_ref,
      ref: message.ref,
      topic: message.topic,
      event: message.event,
      payload: message.payload,
    });
  });

  it.each([
    ['ASCII', 'realtime:room', 'cursor', { x: 1 }],
    ['accents', 'realtime:salle-été', 'déplacé', { name: 'Zoë' }],
    ['emoji and CJK', 'realtime:部屋-🚀', '移動-✨', { note: '👍🏽' }],
    ['an empty payload', 'realtime:r', 'e', {}],
  ])('a broadcast with %s is a kind 3 binary frame', (_name, topic, userEvent, userPayload) => {
    const { data, isBinary } = toBuffer(
      clientEncode({ join_ref: '4', ref: '5', topic, event: 'broadcast', payload: { type: 'broadcast', event: userEvent, payload: userPayload } }),
    );
    expect(isBinary).toBe(true);
    const decoded = decodeFrame(data, isBinary) as UserBroadcastPush;
    expect(decoded).toMatchObject({ kind: 'userBroadcastPush', joinRef: '4', ref: '5', topic, userEvent, metadata: '', encoding: 'json' });
    expect(JSON.parse(decoded.payload.toString('utf8'))).toEqual(userPayload);
  });

  it('keeps the allowed metadata and a binary payload as sent', () => {
    const bytes = new Uint8Array([0, 1, 254, 255]).buffer;
    const { data, isBinary } = toBuffer(
      clientEncode({ join_ref: '1', ref: '2', topic: 'realtime:r', event: 'broadcast', payload: { type: 'broadcast', event: 'blob', payload: bytes, persist: true } }),
    );
    const decoded = decodeFrame(data, isBinary) as UserBroadcastPush;
    expect(decoded).toMatchObject({ metadata: '{"persist":true}', encoding: 'binary' });
    expect([...decoded.payload]).toEqual([0, 1, 254, 255]);
  });
});

describe('frames to realtime-js', () => {
  it('a text frame decodes as the message sent', () => {
    const message: PhoenixMessage = { joinRef: '1', ref: '1', topic: 'realtime:été', event: 'phx_reply', payload: { status: 'ok', response: {} } };
    const decoded = client.decode(encodeMessage(message), (result: unknown) => result);
    expect(decoded).toEqual({ join_ref: '1', ref: '1', topic: 'realtime:été', event: 'phx_reply', payload: { status: 'ok', response: {} } });
  });

  it.each([
    ['ASCII', 'realtime:article:1', 'change', undefined],
    ['multi-byte text', 'realtime:部屋-🚀', 'déplacé-✨', { id: 'ü-1' }],
  ])('a kind 4 broadcast with %s decodes as a broadcast', (_name, topic, userEvent, metadata) => {
    const payload = Buffer.from(JSON.stringify({ quote: 'naïve 👍🏽' }), 'utf8');
    const frame = encodeUserBroadcast({ topic, userEvent, metadata, encoding: 'json', payload });
    const arrayBuffer = new Uint8Array(frame).buffer;
    const decoded = client.decode(arrayBuffer, (result: unknown) => result);
    expect(decoded).toEqual({
      join_ref: null,
      ref: null,
      topic,
      event: 'broadcast',
      payload: { type: 'broadcast', event: userEvent, payload: { quote: 'naïve 👍🏽' }, ...(metadata ? { meta: metadata } : {}) },
    });
  });

  it('refuses a topic longer than 255 bytes (though shorter in characters)', () => {
    const topic = `realtime:${'é'.repeat(125)}`;
    expect(topic.length).toBeLessThan(255);
    expect(() => encodeUserBroadcast({ topic, userEvent: 'e', encoding: 'json', payload: Buffer.from('{}') })).toThrow(FrameError);
  });
});

describe('malformed frames', () => {
  it.each([
    ['text that is not JSON', Buffer.from('nope'), false],
    ['a JSON object', Buffer.from('{"topic":"x"}'), false],
    ['an array of four', Buffer.from('[null,"1","phoenix","heartbeat"]'), false],
    ['a topic that is not a string', Buffer.from('[null,"1",3,"heartbeat",{}]'), false],
    ['a binary frame shorter than its header', Buffer.from([3, 0, 0]), true],
    ['a binary frame of a server kind', Buffer.from([4, 0, 0, 0, 1, 0, 1]), true],
    ['a binary frame whose lengths run past its end', Buffer.from([3, 1, 1, 9, 1, 0, 1, 49, 49]), true],
    ['an unknown payload encoding', Buffer.from([3, 0, 0, 0, 0, 0, 7]), true],
  ])('%s is refused', (_name, data, isBinary) => {
    expect(() => decodeFrame(data, isBinary)).toThrow(FrameError);
  });
});
