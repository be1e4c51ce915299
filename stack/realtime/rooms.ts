// Who is subscribed to what, and who is present where. A room is one topic on one side:
// as on Supabase, a private channel and a public one of the same name never hear each other
// (a message sent with private = true reaches private subscribers only, and the reverse).
// Presence follows Phoenix.Presence: a key (the client's presence key) holds one meta per
// tracking channel, each with its own phx_ref; a change is a diff of joins and leaves, and
// an update is a leave of the old meta and a join of the new one, which names the old ref.
import { randomBytes } from 'node:crypto';
import type { JsonValue } from './serializer.ts';

/** What a room needs of a joined channel to deliver to it. */
export interface Member {
  readonly private: boolean;
  readonly subTopic: string;
  readonly presenceKey: string;
  /** Allowed to receive broadcasts here (always, on a public channel). */
  canReadBroadcast(): boolean;
  canReadPresence(): boolean;
  pushPresenceDiff(diff: PresenceDiff): void;
}

type Meta = { [key: string]: JsonValue } & { phx_ref: string; phx_ref_prev?: string };
type PresenceGroup = Record<string, { metas: Meta[] }>;

export interface PresenceDiff {
  joins: PresenceGroup;
  leaves: PresenceGroup;
}

class Room<M extends Member> {
  readonly members = new Set<M>();
  /** Per member that tracks: its current meta. */
  readonly tracked = new Map<M, Meta>();

  state(): PresenceGroup {
    const group: PresenceGroup = {};
    for (const [member, meta] of this.tracked) (group[member.presenceKey] ??= { metas: [] }).metas.push(meta);
    return group;
  }

  announce(diff: PresenceDiff) {
    for (const member of this.members) if (member.canReadPresence()) member.pushPresenceDiff(diff);
  }
}

function newRef(): string {
  return randomBytes(9).toString('base64url');
}

function single(key: string, meta: Meta): PresenceGroup {
  return { [key]: { metas: [meta] } };
}

export class Rooms<M extends Member> {
  private readonly rooms = new Map<string, Room<M>>();

  private key(isPrivate: boolean, subTopic: string) {
    return `${isPrivate ? 'private' : 'public'}:${subTopic}`;
  }

  private roomOf(member: M): Room<M> | undefined {
    return this.rooms.get(this.key(member.private, member.subTopic));
  }

  add(member: M) {
    const key = this.key(member.private, member.subTopic);
    let room = this.rooms.get(key);
    if (!room) {
      room = new Room<M>();
      this.rooms.set(key, room);
    }
    room.members.add(member);
  }

  /** Takes the member out; what it tracked leaves, and those still there are told. */
  remove(member: M) {
    const key = this.key(member.private, member.subTopic);
    const room = this.rooms.get(key);
    if (!room) return;
    room.members.delete(member);
    this.untrack(member);
    if (room.members.size === 0) this.rooms.delete(key);
  }

  /** The members of a topic on one side, for a broadcast. */
  membersOf(isPrivate: boolean, subTopic: string): Iterable<M> {
    return this.rooms.get(this.key(isPrivate, subTopic))?.members ?? [];
  }

  presenceState(member: M): PresenceGroup {
    return this.roomOf(member)?.state() ?? {};
  }

  /** Tracks (or updates) the member's presence; false when the payload is what it already tracks. */
  track(member: M, payload: { [key: string]: JsonValue }): boolean {
    const room = this.roomOf(member);
    if (!room) return false;
    const previous = room.tracked.get(member);
    if (previous) {
      const { phx_ref: _ref, phx_ref_prev: _prev, ...previousPayload } = previous;
      if (JSON.stringify(previousPayload) === JSON.stringify(payload)) return false;
    }
    const meta: Meta = { ...payload, phx_ref: newRef(), ...(previous ? { phx_ref_prev: previous.phx_ref } : {}) };
    room.tracked.set(member, meta);
    room.announce({ joins: single(member.presenceKey, meta), leaves: previous ? single(member.presenceKey, previous) : {} });
    return true;
  }

  untrack(member: M) {
    const room = this.roomOf(member);
    const previous = room?.tracked.get(member);
    if (!room || !previous) return;
    room.tracked.delete(member);
    room.announce({ joins: {}, leaves: single(member.presenceKey, previous) });
  }
}
