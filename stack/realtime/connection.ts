// One WebSocket: decodes what the client sends and routes it as Phoenix's socket does. The
// heartbeat on topic `phoenix` is answered at once; phx_join opens a channel (a second join
// of the same topic closes the first, as Phoenix does); anything for a topic not joined with
// that join_ref is answered "unmatched topic". Frames are handled one at a time, in order,
// since a join waits on the database and what follows it must see its outcome.
import type { WebSocket } from 'ws';
import { Channel, joinChannel, JoinRefused, type ChannelContext, type Outbox } from './channel.ts';
import { decodeFrame, encodeMessage, FrameError, type JsonValue, type PhoenixMessage, type UserBroadcastPush } from './serializer.ts';

export function serveConnection(socket: WebSocket, context: ChannelContext, socketToken: string) {
  const channels = new Map<string, Channel>();
  let queue = Promise.resolve();
  let open = true;

  const outbox: Outbox = {
    send(frame) {
      if (open && socket.readyState === socket.OPEN) socket.send(frame);
    },
    run(work) {
      queue = queue.then(work).catch((error: unknown) => context.log(`realtime: ${(error as Error).stack ?? String(error)}`));
    },
    closed(channel) {
      if (channels.get(channel.topic) === channel) channels.delete(channel.topic);
    },
  };

  const reply = (message: { joinRef: string | null; ref: string | null; topic: string }, status: 'ok' | 'error', response: { [key: string]: JsonValue } = {}) =>
    outbox.send(encodeMessage({ joinRef: message.joinRef, ref: message.ref, topic: message.topic, event: 'phx_reply', payload: { status, response } }));

  async function join(message: PhoenixMessage) {
    if (!message.topic.startsWith('realtime:')) {
      reply(message, 'error', { reason: 'unmatched topic' });
      return;
    }
    // Phoenix closes the channel a topic already has before joining it again.
    channels.get(message.topic)?.close();
    try {
      const channel = await joinChannel(context, outbox, message, socketToken);
      if (!open) return;
      channels.set(message.topic, channel);
      reply(message, 'ok', { postgres_changes: [] });
      channel.start(message.payload !== null && typeof message.payload === 'object' && !Array.isArray(message.payload) ? message.payload : {});
    } catch (error) {
      if (!(error instanceof JoinRefused)) throw error;
      reply(message, 'error', { reason: error.message });
    }
  }

  async function handle(message: PhoenixMessage | UserBroadcastPush) {
    if ('kind' in message) {
      const channel = channels.get(message.topic);
      if (channel && channel.joinRef === message.joinRef) await channel.broadcast(message);
      else reply(message, 'error', { reason: 'unmatched topic' });
      return;
    }
    if (message.topic === 'phoenix') {
      if (message.event === 'heartbeat') reply(message, 'ok');
      return;
    }
    if (message.event === 'phx_join') {
      await join(message);
      return;
    }
    const channel = channels.get(message.topic);
    if (!channel || (message.joinRef !== null && message.joinRef !== channel.joinRef)) {
      reply(message, 'error', { reason: 'unmatched topic' });
      return;
    }
    if (message.event === 'phx_leave') channel.leave(message.ref);
    else if (message.event === 'broadcast') await channel.broadcast(message);
    else if (message.event === 'presence') await channel.presence(message);
    else if (message.event === 'access_token') await channel.accessToken(message);
  }

  socket.on('message', (data: Buffer, isBinary: boolean) => {
    let message: PhoenixMessage | UserBroadcastPush;
    try {
      message = decodeFrame(data, isBinary);
    } catch (error) {
      if (error instanceof FrameError) {
        context.log(`realtime: ignored a frame: ${error.message}`);
        return;
      }
      throw error;
    }
    outbox.run(() => handle(message));
  });

  socket.on('close', () => {
    open = false;
    outbox.run(async () => {
      for (const channel of [...channels.values()]) channel.dispose();
    });
  });
  socket.on('error', () => socket.terminate());
}
