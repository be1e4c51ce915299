// Presence as Phoenix.Presence reports it, which realtime-js's presence state is built from:
// a track is a join, an update a leave of the old meta and a join of the new one naming the
// old ref, an untrack or a member's removal a leave; the same payload twice is no change;
// private and public rooms of one topic, and members without presence read, hear nothing.
import { describe, expect, it } from 'vitest';
import { Rooms, type Member, type PresenceDiff } from './rooms.ts';

function member(presenceKey: string, options: { private?: boolean; subTopic?: string; readsPresence?: boolean } = {}) {
  const diffs: PresenceDiff[] = [];
  const self: Member & { diffs: PresenceDiff[] } = {
    private: options.private ?? false,
    subTopic: options.subTopic ?? 'room',
    presenceKey,
    canReadBroadcast: () => true,
    canReadPresence: () => options.readsPresence ?? true,
    pushPresenceDiff: (diff) => diffs.push(diff),
    diffs,
  };
  return self;
}

describe('presence in a room', () => {
  it('a track is a join every member hears, and the state holds it', () => {
    const rooms = new Rooms<ReturnType<typeof member>>();
    const ana = member('ana');
    const ben = member('ben');
    rooms.add(ana);
    rooms.add(ben);
    expect(rooms.track(ana, { editing: 'c1' })).toBe(true);
    const [diff] = ben.diffs;
    expect(diff?.leaves).toEqual({});
    expect(diff?.joins).toEqual({ ana: { metas: [{ editing: 'c1', phx_ref: expect.any(String) }] } });
    expect(ana.diffs).toEqual(ben.diffs);
    expect(rooms.presenceState(ben)).toEqual(diff?.joins);
  });

  it('an update leaves the old meta and joins the new one, which names the old ref', () => {
    const rooms = new Rooms<ReturnType<typeof member>>();
    const ana = member('ana');
    rooms.add(ana);
    rooms.track(ana, { editing: 'c1' });
    const first = ana.diffs[0]!.joins.ana!.metas[0]!;
    rooms.track(ana, { editing: 'c2' });
    expect(ana.diffs[1]).toEqual({
      joins: { ana: { metas: [{ editing: 'c2', phx_ref: expect.any(String), phx_ref_prev: first.phx_ref }] } },
      leaves: { ana: { metas: [first] } },
    });
  });

  it('the same payload again changes nothing', () => {
    const rooms = new Rooms<ReturnType<typeof member>>();
    const ana = member('ana');
    rooms.add(ana);
    rooms.track(ana, { editing: 'c1' });
    expect(rooms.track(ana, { editing: 'c1' })).toBe(false);
    expect(ana.diffs).toHaveLength(1);
  });

  it('two channels of one key are two metas of it', () => {
    const rooms = new Rooms<ReturnType<typeof member>>();
    const tabOne = member('ana');
    const tabTwo = member('ana');
    rooms.add(tabOne);
    rooms.add(tabTwo);
    rooms.track(tabOne, { tab: 1 });
    rooms.track(tabTwo, { tab: 2 });
    expect(rooms.presenceState(tabOne).ana?.metas.map((meta) => meta.tab)).toEqual([1, 2]);
  });

  it('untrack and removal are leaves heard by those still there, not by the one leaving', () => {
    const rooms = new Rooms<ReturnType<typeof member>>();
    const ana = member('ana');
    const ben = member('ben');
    rooms.add(ana);
    rooms.add(ben);
    rooms.track(ana, { here: true });
    rooms.track(ben, { here: true });
    rooms.untrack(ana);
    expect(ben.diffs.at(-1)).toMatchObject({ joins: {}, leaves: { ana: { metas: [{ here: true }] } } });
    const heardByAna = ana.diffs.length;
    rooms.remove(ben);
    expect(ana.diffs.at(-1)).toMatchObject({ joins: {}, leaves: { ben: { metas: [{ here: true }] } } });
    expect(ana.diffs).toHaveLength(heardByAna + 1);
    expect(ben.diffs.at(-1)?.leaves).toEqual({ ana: { metas: [expect.objectContaining({ here: true })] } });
    expect(rooms.presenceState(ana)).toEqual({});
  });

  it('keeps private and public rooms of a topic apart, and tells nobody who may not read presence', () => {
    const rooms = new Rooms<ReturnType<typeof member>>();
    const open = member('open');
    const closed = member('closed', { private: true });
    const blind = member('blind', { private: true, readsPresence: false });
    for (const one of [open, closed, blind]) rooms.add(one);
    rooms.track(closed, { here: true });
    expect(open.diffs).toEqual([]);
    expect(blind.diffs).toEqual([]);
    expect(closed.diffs).toHaveLength(1);
    expect([...rooms.membersOf(true, 'room')]).toEqual([closed, blind]);
    expect([...rooms.membersOf(false, 'room')]).toEqual([open]);
  });
});
