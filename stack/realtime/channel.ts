// One joined channel (a topic on one socket) and what it answers, following Supabase's
// RealtimeChannel: the join (token, then on a private channel the RLS read check), user
// broadcasts (`self`, `ack`; on a private channel dropped unless the caller may write),
// presence (`track` / `untrack`, diffs to the room), new access tokens (verified again and
// the read check redone) and the token's expiry, which ends the channel with a system
// message and phx_close, as Supabase does.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { mayWrite, readPolicies, TokenError, type Claims, type Extension, type Policies } from './authorization.ts';
import type { Member, PresenceDiff, Rooms } from './rooms.ts';
import { encodeMessage, encodeUserBroadcast, type JsonValue, type PhoenixMessage, type UserBroadcastPush } from './serializer.ts';

export interface ChannelContext {
  pool: pg.Pool;
  verify: (token: string) => Promise<Claims>;
  rooms: Rooms<Channel>;
  log: (line: string) => void;
}

/** The socket a channel lives on: where frames go, and the queue its work runs in, in order. */
export interface Outbox {
  send(frame: string | Buffer): void;
  run(work: () => Promise<void>): void;
  closed(channel: Channel): void;
}

type JsonObject = { [key: string]: JsonValue };

const confirmTokenEveryMs = 5 * 60_000;

function objectOr(value: JsonValue | undefined): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

/** A refusal as Supabase words it: "<Code>: <message>". */
export class JoinRefused extends Error {}

const readRefusal = (subTopic: string) => `You do not have permissions to read from this Channel topic: ${subTopic}`;

/** Errors from the policy check itself (a policy that fails, a role that does not exist) refuse; others mean no database. */
async function checkRead(context: ChannelContext, claims: Claims, subTopic: string): Promise<Policies> {
  try {
    return await readPolicies(context.pool, claims, subTopic);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      context.log(`RlsPolicyError on ${subTopic}: ${(error as Error).message}`);
      return { broadcast: { read: false }, presence: { read: false } };
    }
    throw new JoinRefused('UnableToConnectToProject: Realtime was unable to connect to the project database');
  }
}

export async function joinChannel(context: ChannelContext, outbox: Outbox, message: PhoenixMessage, socketToken: string): Promise<Channel> {
  const subTopic = message.topic.slice('realtime:'.length);
  if (subTopic === '') throw new JoinRefused('TopicNameRequired: You must provide a topic name');
  const payload = objectOr(message.payload);
  const config = objectOr(payload.config);
  const requested = typeof payload.access_token === 'string' ? payload.access_token : undefined;
  const token = requested === undefined || requested.startsWith('sb_') ? socketToken : requested;
  let claims: Claims;
  try {
    claims = await context.verify(token);
  } catch (error) {
    if (error instanceof TokenError) throw new JoinRefused(`${error.code}: ${error.message}`);
    throw error;
  }
  const isPrivate = config.private === true;
  let policies: Policies | undefined;
  if (isPrivate) {
    policies = await checkRead(context, claims, subTopic);
    if (!policies.broadcast.read && !policies.presence.read) throw new JoinRefused(`Unauthorized: ${readRefusal(subTopic)}`);
  }
  const broadcast = objectOr(config.broadcast);
  const presence = objectOr(config.presence);
  return new Channel(context, outbox, {
    topic: message.topic,
    subTopic,
    joinRef: message.joinRef ?? message.ref ?? '',
    private: isPrivate,
    self: broadcast.self === true,
    ack: broadcast.ack === true,
    presenceKey: typeof presence.key === 'string' && presence.key !== '' ? presence.key : randomUUID(),
    presenceEnabled: presence.enabled === true,
    token,
    claims,
    policies,
  });
}

interface ChannelState {
  topic: string;
  subTopic: string;
  joinRef: string;
  private: boolean;
  self: boolean;
  ack: boolean;
  presenceKey: string;
  presenceEnabled: boolean;
  token: string;
  claims: Claims;
  policies: Policies | undefined;
}

export class Channel implements Member {
  readonly topic: string;
  readonly subTopic: string;
  readonly joinRef: string;
  readonly private: boolean;
  readonly presenceKey: string;
  private state: ChannelState;
  private tokenTimer: NodeJS.Timeout | undefined;
  private ended = false;

  constructor(
    private readonly context: ChannelContext,
    readonly outbox: Outbox,
    state: ChannelState,
  ) {
    this.state = state;
    ({ topic: this.topic, subTopic: this.subTopic, joinRef: this.joinRef, private: this.private, presenceKey: this.presenceKey } = state);
  }

  canReadBroadcast() {
    return !this.private || this.state.policies?.broadcast.read === true;
  }

  canReadPresence() {
    return !this.private || this.state.policies?.presence.read === true;
  }

  push(event: string, payload: JsonValue, joinRef: string | null = this.joinRef) {
    this.outbox.send(encodeMessage({ joinRef, ref: null, topic: this.topic, event, payload }));
  }

  reply(ref: string | null, status: 'ok' | 'error', response: JsonObject = {}) {
    this.outbox.send(encodeMessage({ joinRef: this.joinRef, ref, topic: this.topic, event: 'phx_reply', payload: { status, response } }));
  }

  pushPresenceDiff(diff: PresenceDiff) {
    this.push('presence_diff', diff as unknown as JsonValue, null);
  }

  /** After the join's ok reply: into the room, the expiry watched, the presence so far sent. */
  start(joinRequest: JsonObject) {
    this.context.rooms.add(this);
    this.scheduleTokenCheck();
    const config = objectOr(joinRequest.config);
    if (Array.isArray(config.postgres_changes) && config.postgres_changes.length > 0) {
      this.system('postgres_changes', 'error', 'postgres_changes is not available on the local Realtime service: use broadcast from the database');
    }
    if (this.state.presenceEnabled && this.canReadPresence()) {
      this.push('presence_state', this.context.rooms.presenceState(this) as unknown as JsonValue);
    }
  }

  private system(extension: string, status: 'ok' | 'error', message: string) {
    this.push('system', { extension, status, message, channel: this.subTopic });
  }

  private scheduleTokenCheck() {
    clearTimeout(this.tokenTimer);
    const untilExpiry = this.state.claims.exp * 1000 - Date.now() + 50;
    this.tokenTimer = setTimeout(
      () => this.outbox.run(async () => this.confirmToken()),
      Math.max(0, Math.min(confirmTokenEveryMs, untilExpiry)),
    );
  }

  private async confirmToken() {
    if (this.ended) return;
    try {
      this.state.claims = await this.context.verify(this.state.token);
      this.scheduleTokenCheck();
    } catch (error) {
      this.shutdown(error instanceof TokenError ? error.message : String(error));
    }
  }

  /** Ends the channel from the server's side, saying why (Supabase's shutdown_response). */
  shutdown(message: string) {
    this.system('system', 'error', message);
    this.close();
  }

  /** phx_close for this join, then gone. */
  close() {
    if (this.ended) return;
    this.outbox.send(encodeMessage({ joinRef: this.joinRef, ref: this.joinRef, topic: this.topic, event: 'phx_close', payload: {} }));
    this.dispose();
  }

  /** Gone without a word (the socket closed, or it is being replaced by a new join). */
  dispose() {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.tokenTimer);
    this.context.rooms.remove(this);
    this.outbox.closed(this);
  }

  leave(ref: string | null) {
    this.reply(ref, 'ok');
    this.close();
  }

  /** Whether the caller may write this extension here, asked of the database once per token. */
  private async mayWrite(extension: Extension): Promise<boolean> {
    const policies = this.state.policies;
    if (!this.private || !policies) return true;
    if (policies[extension].write === undefined) {
      policies[extension].write = await mayWrite(this.context.pool, this.state.claims, this.subTopic, extension).catch((error: unknown) => {
        this.context.log(`write check on ${this.subTopic} failed: ${String(error)}`);
        return false;
      });
    }
    return policies[extension].write === true;
  }

  async broadcast(message: PhoenixMessage | UserBroadcastPush) {
    if (!(await this.mayWrite('broadcast'))) return;
    const frame =
      'kind' in message
        ? encodeUserBroadcast({ topic: this.topic, userEvent: message.userEvent, encoding: message.encoding, payload: message.payload })
        : encodeMessage({ joinRef: null, ref: null, topic: this.topic, event: 'broadcast', payload: message.payload });
    for (const member of this.context.rooms.membersOf(this.private, this.subTopic)) {
      if ((member !== this || this.state.self) && member.canReadBroadcast()) member.outbox.send(frame);
    }
    if (this.state.ack) this.reply(message.ref, 'ok');
  }

  async presence(message: PhoenixMessage) {
    const payload = objectOr(message.payload);
    const event = typeof payload.event === 'string' ? payload.event.toLowerCase() : '';
    if (event === 'untrack') {
      this.context.rooms.untrack(this);
      this.reply(message.ref, 'ok');
      return;
    }
    if (event !== 'track') {
      this.reply(message.ref, 'error');
      return;
    }
    const tracked = payload.payload ?? {};
    if (tracked === null || typeof tracked !== 'object' || Array.isArray(tracked)) {
      this.reply(message.ref, 'error', { reason: 'Presence track payload must be a map' });
      return;
    }
    if (!(await this.mayWrite('presence'))) {
      this.reply(message.ref, 'error');
      return;
    }
    this.state.presenceEnabled = true;
    this.context.rooms.track(this, tracked);
    this.reply(message.ref, 'ok');
  }

  async accessToken(message: PhoenixMessage) {
    const token = objectOr(message.payload).access_token;
    if (typeof token !== 'string' || token.startsWith('sb_') || token === this.state.token) return;
    let claims: Claims;
    try {
      claims = await this.context.verify(token);
    } catch (error) {
      this.shutdown(error instanceof TokenError ? error.message : String(error));
      return;
    }
    const previous = this.state.policies;
    let policies: Policies | undefined;
    if (this.private) {
      try {
        policies = await checkRead(this.context, claims, this.subTopic);
      } catch {
        this.shutdown('Realtime was unable to connect to the project database');
        return;
      }
      const revoked = (previous?.broadcast.read && !policies.broadcast.read) || (previous?.presence.read && !policies.presence.read);
      if (revoked) {
        this.shutdown(`You no longer have permission to read from this Channel topic: ${this.subTopic}`);
        return;
      }
      if (!policies.broadcast.read && !policies.presence.read) {
        this.shutdown(readRefusal(this.subTopic));
        return;
      }
    }
    this.state = { ...this.state, token, claims, policies };
    this.scheduleTokenCheck();
  }
}
