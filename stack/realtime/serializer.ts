// The wire format of Phoenix channels as realtime-js 2.x speaks it with serializer vsn
// 2.0.0 (node_modules/@supabase/realtime-js/dist/module/lib/serializer.js): text frames are
// JSON arrays [join_ref, ref, topic, event, payload]; user broadcasts travel as binary
// frames, client to server as kind 3 ("user broadcast push") and server to client as kind 4
// ("user broadcast"). Every length in a binary header is a byte count of UTF-8 text, so a
// topic or event with multi-byte characters must be measured after encoding, not before.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A text frame, either way. */
export interface PhoenixMessage {
  joinRef: string | null;
  ref: string | null;
  topic: string;
  event: string;
  payload: JsonValue;
}

export type PayloadEncoding = 'binary' | 'json';

/** A client's binary broadcast (kind 3): the user payload is kept as the bytes sent. */
export interface UserBroadcastPush {
  kind: 'userBroadcastPush';
  joinRef: string;
  ref: string;
  topic: string;
  userEvent: string;
  /** The frame's metadata (JSON text, or '' when none was sent). */
  metadata: string;
  encoding: PayloadEncoding;
  payload: Buffer;
}

/** What the server sends subscribers for a broadcast (kind 4). */
export interface UserBroadcast {
  topic: string;
  userEvent: string;
  metadata?: Record<string, JsonValue>;
  encoding: PayloadEncoding;
  payload: Buffer;
}

export class FrameError extends Error {
  override name = 'FrameError';
}

const kinds = { userBroadcastPush: 3, userBroadcast: 4 } as const;
const encodings: Record<number, PayloadEncoding> = { 0: 'binary', 1: 'json' };
const encodingByte: Record<PayloadEncoding, number> = { binary: 0, json: 1 };

function refOrNull(value: unknown, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  throw new FrameError(`${field} must be a string or null`);
}

function decodeText(text: string): PhoenixMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FrameError('a text frame must be JSON');
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) throw new FrameError('a text frame must be [join_ref, ref, topic, event, payload]');
  const [joinRef, ref, topic, event, payload] = parsed as unknown[];
  if (typeof topic !== 'string' || typeof event !== 'string') throw new FrameError('topic and event must be strings');
  return { joinRef: refOrNull(joinRef, 'join_ref'), ref: refOrNull(ref, 'ref'), topic, event, payload: (payload ?? null) as JsonValue };
}

function decodeBinary(frame: Buffer): UserBroadcastPush {
  const headerLength = 7;
  if (frame.length < headerLength) throw new FrameError('a binary frame is shorter than its header');
  const kind = frame.readUInt8(0);
  if (kind !== kinds.userBroadcastPush) throw new FrameError(`binary frames of kind ${kind} are not accepted from clients`);
  const lengths = [1, 2, 3, 4, 5].map((index) => frame.readUInt8(index));
  const encoding = encodings[frame.readUInt8(6)];
  if (encoding === undefined) throw new FrameError(`unknown payload encoding ${frame.readUInt8(6)}`);
  const fields: string[] = [];
  let offset = headerLength;
  for (const length of lengths) {
    if (offset + length > frame.length) throw new FrameError('a binary frame is shorter than its header says');
    fields.push(frame.toString('utf8', offset, offset + length));
    offset += length;
  }
  const [joinRef = '', ref = '', topic = '', userEvent = '', metadata = ''] = fields;
  return { kind: 'userBroadcastPush', joinRef, ref, topic, userEvent, metadata, encoding, payload: frame.subarray(offset) };
}

/** A frame as `ws` hands it over: text, or the bytes of a binary one. */
export function decodeFrame(data: Buffer, isBinary: boolean): PhoenixMessage | UserBroadcastPush {
  return isBinary ? decodeBinary(data) : decodeText(data.toString('utf8'));
}

export function encodeMessage(message: PhoenixMessage): string {
  return JSON.stringify([message.joinRef, message.ref, message.topic, message.event, message.payload]);
}

export function encodeUserBroadcast(broadcast: UserBroadcast): Buffer {
  const topic = Buffer.from(broadcast.topic, 'utf8');
  const userEvent = Buffer.from(broadcast.userEvent, 'utf8');
  const metadata = Buffer.from(broadcast.metadata ? JSON.stringify(broadcast.metadata) : '', 'utf8');
  for (const [name, bytes] of [['topic', topic], ['event', userEvent], ['metadata', metadata]] as const) {
    if (bytes.length > 255) throw new FrameError(`${name} is ${bytes.length} bytes long; a broadcast frame holds at most 255`);
  }
  const header = Buffer.from([kinds.userBroadcast, topic.length, userEvent.length, metadata.length, encodingByte[broadcast.encoding]]);
  return Buffer.concat([header, topic, userEvent, metadata, broadcast.payload]);
}
