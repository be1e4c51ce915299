// Comments (any member on any claim of their newsroom; removed by their author or the
// newsroom's admin), the audit trail (read-only through the API) and the verdict scale (the
// newsroom's admins write it), in Demo Newsroom; newsroom-isolation.test.ts and
// verdict-scales.test.ts prove the rest across newsrooms.
import { describe, expect, it } from 'vitest';
import { demoNewsroomId, demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeClaim, arrangeComment, countWhere, eventsOf, marker, rowOf, withDb } from '../support/rls-fixtures.ts';

const as = useCallers();

describe('comments', () => {
  it('a checker comments on someone else\'s claim, as themselves', async () => {
    const claim = await arrangeClaim({ author: 'checker2', status: 'in_review' });
    const { data, error } = await as.checker.from('claim_comments').insert({ claim_id: claim.id, body: 'Which report?' }).select().single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ author_id: demoUserIds.checker, body: 'Which report?' });
  });

  it('nobody comments in someone else\'s name; anonymous callers do not comment', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const forged = marker('comment');
    const { error } = await as.checker.from('claim_comments').insert({ claim_id: claim.id, body: forged, author_id: demoUserIds.editor });
    expect(error?.code).toBe('42501');
    const anonymous = marker('comment');
    const { error: anonError } = await as.anon.from('claim_comments').insert({ claim_id: claim.id, body: anonymous });
    expect(anonError).not.toBeNull();
    expect(await countWhere('claim_comments', 'body', forged)).toBe(0);
    expect(await countWhere('claim_comments', 'body', anonymous)).toBe(0);
  });

  it('members read comments; anonymous callers do not, even on published claims', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const id = await arrangeComment(claim.id, 'editor');
    const { data } = await as.checker2.from('claim_comments').select('id').eq('claim_id', claim.id);
    expect(data).toEqual([{ id }]);
    const { data: anonymous } = await as.anon.from('claim_comments').select('id').eq('claim_id', claim.id);
    expect(anonymous ?? []).toEqual([]);
  });

  it('comments are not edited, not even by their author', async () => {
    const claim = await arrangeClaim();
    const id = await arrangeComment(claim.id, 'checker');
    const before = await rowOf('claim_comments', id);
    const { data } = await as.checker.from('claim_comments').update({ body: 'edited' }).eq('id', id).select();
    expect(data).toEqual([]);
    expect(await rowOf('claim_comments', id)).toEqual(before);
  });

  it('the author removes their comment; others cannot, except an admin', async () => {
    const claim = await arrangeClaim();
    const own = await arrangeComment(claim.id, 'checker');
    for (const caller of [as.checker2, as.editor, as.anon]) {
      const { data } = await caller.from('claim_comments').delete().eq('id', own).select('id');
      expect(data ?? []).toEqual([]);
    }
    expect(await rowOf('claim_comments', own)).not.toBeNull();
    const { data: byAuthor } = await as.checker.from('claim_comments').delete().eq('id', own).select('id');
    expect(byAuthor).toEqual([{ id: own }]);

    const another = await arrangeComment(claim.id, 'checker2');
    const { data: byAdmin } = await as.admin.from('claim_comments').delete().eq('id', another).select('id');
    expect(byAdmin).toEqual([{ id: another }]);
    expect(await rowOf('claim_comments', another)).toBeNull();
  });
});

describe('claim events', () => {
  it('members read the trail; anonymous callers do not', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const { data } = await as.checker.from('claim_events').select('action').eq('claim_id', claim.id);
    expect(data).toEqual([{ action: 'created' }]);
    const { data: anonymous } = await as.anon.from('claim_events').select('id').eq('claim_id', claim.id);
    expect(anonymous ?? []).toEqual([]);
  });

  it('nobody writes, rewrites or erases the trail through the API, not even an admin', async () => {
    const claim = await arrangeClaim();
    const before = await eventsOf(claim.id);
    const eventId = before[0]!.id as number;
    for (const caller of [as.checker, as.admin]) {
      const { error: inserted } = await caller.from('claim_events').insert({ claim_id: claim.id, action: 'published' });
      expect(inserted?.code).toBe('42501');
      const { error: updated } = await caller.from('claim_events').update({ note: 'rewritten' }).eq('id', eventId);
      expect(updated?.code).toBe('42501');
      const { error: deleted } = await caller.from('claim_events').delete().eq('id', eventId);
      expect(deleted?.code).toBe('42501');
    }
    expect(await eventsOf(claim.id)).toEqual(before);
  });
});

describe('verdicts', () => {
  const scale = ['true', 'mostly_true', 'half_true', 'mostly_false', 'false', 'misleading', 'unverifiable'];

  it('members read their newsroom\'s scale in order, with the ids it has always had', async () => {
    for (const caller of [as.checker, as.editor]) {
      const { data, error } = await caller.from('verdicts').select('id, rating_value').eq('newsroom_id', demoNewsroomId).order('sort');
      expect(error).toBeNull();
      expect(data?.map((v) => v.id)).toEqual(scale);
      expect(data?.map((v) => v.rating_value)).toEqual([5, 4, 3, 2, 1, null, null]);
    }
  });

  it('anonymous callers read only the verdicts published claims use', async () => {
    const { data, error } = await as.anon.from('verdicts').select('id');
    expect(error).toBeNull();
    const used = await withDb(async (db) =>
      (await db.query<{ verdict_id: string }>("select distinct verdict_id from public.claims where status = 'published' and verdict_id is not null")).rows,
    );
    expect(data?.map((v) => v.id).sort()).toEqual(used.map((row) => row.verdict_id).sort());
  });

  it('checkers and editors cannot change the scale', async () => {
    const before = await rowOf('verdicts', 'false');
    for (const caller of [as.checker, as.editor, as.anon]) {
      const { data } = await caller.from('verdicts').update({ label: 'Nope' }).eq('id', 'false').select();
      expect(data ?? []).toEqual([]);
      const { error } = await caller
        .from('verdicts')
        .insert({ newsroom_id: demoNewsroomId, label: 'pants_on_fire', description: 'x', sort: 99, color: '#000000' });
      expect(error).not.toBeNull();
      const { data: deleted } = await caller.from('verdicts').delete().eq('id', 'unverifiable').select();
      expect(deleted ?? []).toEqual([]);
    }
    expect(await rowOf('verdicts', 'false')).toEqual(before);
    expect(await countWhere('verdicts', 'label', 'pants_on_fire')).toBe(0);
    expect(await countWhere('verdicts', 'id', 'unverifiable')).toBe(1);
  });

  it('an admin edits the scale', async () => {
    const before = await rowOf('verdicts', 'misleading');
    const { data, error } = await as.admin.from('verdicts').update({ description: 'Edited by admin.' }).eq('id', 'misleading').select();
    expect(error).toBeNull();
    expect(data).toMatchObject([{ description: 'Edited by admin.' }]);
    await withDb((db) => db.query('update public.verdicts set description = $1 where id = $2', [before!.description, 'misleading']));
  });
});
