// Each newsroom's verdict scale: its admins add, edit, reorder and retire verdicts; a label
// is never empty or twice in a scale and a colour is always a colour; a claim uses only a
// verdict of its article's newsroom (enforced by the database, however the claim is written)
// and a retired verdict only if it had it already; a verdict in use is never deleted.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoNewsroomId, harbourNewsroomId } from '../../stack/seed/seed-ids.ts';
import { type Client, useCallers } from '../support/callers.ts';
import { arrangeArticle, arrangeClaim, countWhere, marker, rowOf, verdictOf, withDb } from '../support/rls-fixtures.ts';
import { useThrowaways } from '../support/throwaways.ts';

const as = useCallers();
const throwaways = useThrowaways();

let admin: { client: Client; id: string };
let checker: { client: Client; id: string };
let newsroomId: string;

beforeAll(async () => {
  admin = await throwaways.signUpStranger('scale-admin');
  checker = await throwaways.signUpStranger('scale-checker');
  newsroomId = (await throwaways.arrangeNewsroom({ [admin.id]: 'admin', [checker.id]: 'checker' })).id;
});

function verdict(overrides: Record<string, unknown> = {}) {
  return { newsroom_id: newsroomId, label: marker('Verdict'), description: 'What it means.', sort: 10, color: '#1d4ed8', ...overrides };
}

async function scaleOf(id: string) {
  return withDb(async (db) => (await db.query('select * from public.verdicts where newsroom_id = $1 order by id', [id])).rows);
}

describe('writing a scale', () => {
  it('its admin adds a verdict (the id is made for it), edits, reorders and retires it', async () => {
    const { data, error } = await admin.client.from('verdicts').insert(verdict({ label: 'Pants on fire', rating_value: 1 })).select().single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ newsroom_id: newsroomId, label: 'Pants on fire', retired: false, rating_value: 1 });
    expect(data!.id).toMatch(/^[0-9a-f-]{36}$/);
    const { data: edited, error: editError } = await admin.client
      .from('verdicts')
      .update({ label: 'Pants on fire!', description: 'Ridiculous.', color: '#7f1d1d', sort: 0, retired: true })
      .eq('id', data!.id)
      .select();
    expect(editError).toBeNull();
    expect(edited).toMatchObject([{ label: 'Pants on fire!', description: 'Ridiculous.', color: '#7f1d1d', sort: 0, retired: true }]);
  });

  it('its checkers, other newsrooms\' admins, strangers and anonymous callers change nothing in it', async () => {
    const stranger = await throwaways.signUpStranger();
    const before = await scaleOf(newsroomId);
    const target = await withDb(async (db) => (await db.query<{ id: string }>("select id from public.verdicts where newsroom_id = $1 and label = 'True'", [newsroomId])).rows[0]!.id);
    for (const caller of [checker.client, as.admin, as.harbourAdmin, stranger.client, as.anon]) {
      const row = verdict();
      const { error } = await caller.from('verdicts').insert(row);
      expect(error).not.toBeNull();
      expect(await countWhere('verdicts', 'label', row.label)).toBe(0);
      const { data: updated } = await caller.from('verdicts').update({ label: 'Taken over' }).eq('id', target).select();
      expect(updated ?? []).toEqual([]);
      const { data: deleted } = await caller.from('verdicts').delete().eq('id', target).select();
      expect(deleted ?? []).toEqual([]);
    }
    expect(await scaleOf(newsroomId)).toEqual(before);
  });

  it('a verdict\'s id and newsroom are fixed', async () => {
    const target = await withDb(async (db) => (await db.query<{ id: string }>("select id from public.verdicts where newsroom_id = $1 and label = 'Misleading'", [newsroomId])).rows[0]!.id);
    const before = await rowOf('verdicts', target);
    for (const change of [{ newsroom_id: harbourNewsroomId }, { id: randomUUID() }]) {
      const { error } = await admin.client.from('verdicts').update(change as never).eq('id', target);
      expect(error?.code).toBe('42501');
    }
    expect(await rowOf('verdicts', target)).toEqual(before);
  });
});

describe('bad verdicts are refused with a clear message and store nothing', () => {
  async function expectRefused(row: ReturnType<typeof verdict>, status: number, message: RegExp) {
    const before = await scaleOf(newsroomId);
    const { error, status: got } = await admin.client.from('verdicts').insert(row);
    expect(got).toBe(status);
    expect(error?.message).toMatch(message);
    expect(await scaleOf(newsroomId)).toEqual(before);
  }

  it('an empty or blank label', async () => {
    await expectRefused(verdict({ label: '' }), 400, /verdicts_label_must_be_1_to_100_characters/);
    await expectRefused(verdict({ label: '   ' }), 400, /verdicts_label_must_be_1_to_100_characters/);
  });

  it('a label already in the scale, whatever its case', async () => {
    await expectRefused(verdict({ label: 'False' }), 409, /^the scale already has a verdict labelled "False": choose another label$/);
    await expectRefused(verdict({ label: 'mostly TRUE' }), 409, /^the scale already has a verdict labelled "mostly TRUE": choose another label$/);
  });

  it('renaming a verdict to the label of another', async () => {
    const target = await withDb(async (db) => (await db.query<{ id: string }>("select id from public.verdicts where newsroom_id = $1 and label = 'Half true'", [newsroomId])).rows[0]!.id);
    const before = await rowOf('verdicts', target);
    const { error, status } = await admin.client.from('verdicts').update({ label: 'True' }).eq('id', target);
    expect(status).toBe(409);
    expect(error?.message).toBe('the scale already has a verdict labelled "True": choose another label');
    expect(await rowOf('verdicts', target)).toEqual(before);
  });

  it('the same label is fine in another newsroom\'s scale', async () => {
    const row = verdict({ label: marker('Shared label') });
    expect((await admin.client.from('verdicts').insert(row)).error).toBeNull();
    expect((await as.harbourAdmin.from('verdicts').insert({ ...row, newsroom_id: harbourNewsroomId })).error).toBeNull();
    await withDb((db) => db.query('delete from public.verdicts where newsroom_id = $1 and label = $2', [harbourNewsroomId, row.label]));
  });

  it.each(['red', '#fff', '#12345g', 'rgb(0,0,0)', '#1d4ed8ff', ''])('a colour that is not a #rrggbb colour: %j', async (color) => {
    await expectRefused(verdict({ color }), 400, /verdicts_color_must_be_a_hex_colour/);
  });

  it('a rating outside 1 to 5', async () => {
    await expectRefused(verdict({ rating_value: 6 }), 400, /verdicts_rating_value_must_be_1_to_5/);
  });
});

describe('a claim uses only a verdict of its article\'s newsroom', () => {
  let articleId: string;
  beforeAll(async () => {
    articleId = await withDb(async (db) => {
      const { rows } = await db.query<{ id: string }>(
        `insert into public.articles (newsroom_id, title, body, body_text, created_by)
         values ($1, 'Scale article', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Alpha beta gamma delta."}]}]}', 'Alpha beta gamma delta.', $2) returning id`,
        [newsroomId, checker.id],
      );
      return rows[0]!.id;
    });
  });

  function claim(overrides: Record<string, unknown> = {}) {
    return { article_id: articleId, quote_exact: 'beta gamma', start_offset: 6, end_offset: 16, claim_text: marker('claim'), ...overrides };
  }

  it('its own newsroom\'s verdict is fine; Demo Newsroom\'s "false" and Harbour Gazette\'s False are refused, on insert and on update', async () => {
    const own = await withDb(async (db) => (await db.query<{ id: string }>("select id from public.verdicts where newsroom_id = $1 and label = 'False'", [newsroomId])).rows[0]!.id);
    const { data, error } = await checker.client.from('claims').insert(claim({ verdict_id: own })).select().single();
    expect(error).toBeNull();
    expect(data?.verdict_id).toBe(own);

    for (const foreign of ['false', await verdictOf('harbour', 'False')]) {
      const row = claim({ verdict_id: foreign });
      const { error: refused, status } = await checker.client.from('claims').insert(row);
      expect(status).toBe(400);
      expect(refused?.message).toMatch(new RegExp(`^the verdict "${foreign}" belongs to another newsroom's scale: use one of `));
      expect(await countWhere('claims', 'claim_text', row.claim_text)).toBe(0);

      const before = await rowOf('claims', data!.id);
      const update = await checker.client.from('claims').update({ verdict_id: foreign, version: before!.version as number }).eq('id', data!.id);
      expect(update.status).toBe(400);
      expect(update.error?.message).toMatch(/belongs to another newsroom's scale/);
      expect(await rowOf('claims', data!.id)).toEqual(before);

      const saved = await checker.client.rpc('save_claim', { claim: { ...row, id: randomUUID() }, sources: [] });
      expect(saved.error?.message).toMatch(/belongs to another newsroom's scale/);
      expect(await countWhere('claims', 'claim_text', row.claim_text)).toBe(0);
    }
  });

  it('even written past the API, as the database owner', async () => {
    const claimText = marker('claim');
    await expect(
      withDb((db) =>
        db.query(
          `insert into public.claims (article_id, quote_exact, claim_text, verdict_id, created_by) values ($1, 'beta', $2, 'false', $3)`,
          [articleId, claimText, checker.id],
        ),
      ),
    ).rejects.toThrow(/belongs to another newsroom's scale/);
    expect(await countWhere('claims', 'claim_text', claimText)).toBe(0);
  });

  it('Demo Newsroom\'s claims keep the ids they always had, and refuse Harbour Gazette\'s verdicts', async () => {
    const demoClaim = await arrangeClaim({ author: 'checker' });
    expect((await rowOf('claims', demoClaim.id))?.verdict_id).toBe('false');
    const harbourTrue = await verdictOf('harbour', 'True');
    const { error } = await as.checker.from('claims').update({ verdict_id: harbourTrue, version: 1 }).eq('id', demoClaim.id);
    expect(error?.message).toMatch(/belongs to another newsroom's scale: use one of true, mostly_true, half_true, mostly_false, false, misleading, unverifiable$/);
    const { error: ok } = await as.checker.from('claims').update({ verdict_id: 'mostly_false', version: 1 }).eq('id', demoClaim.id);
    expect(ok).toBeNull();
  });

  it('a retired verdict is offered to no new claim, but a claim that has it keeps it', async () => {
    const retired = (await admin.client.from('verdicts').insert(verdict({ label: marker('Soon retired') })).select().single()).data!;
    const withIt = (await checker.client.from('claims').insert(claim({ verdict_id: retired.id })).select().single()).data!;
    expect((await admin.client.from('verdicts').update({ retired: true }).eq('id', retired.id)).error).toBeNull();

    const row = claim({ verdict_id: retired.id });
    const { error, status } = await checker.client.from('claims').insert(row);
    expect(status).toBe(400);
    expect(error?.message).toMatch(new RegExp(`^the verdict "${retired.label}" is retired and no longer given to claims: use one of `));
    expect(await countWhere('claims', 'claim_text', row.claim_text)).toBe(0);

    // The claim that has it is still edited, keeping it; its verdict is still read where shown.
    const { data: kept, error: keptError } = await checker.client.from('claims').update({ rationale: 'Still so.', version: 1 }).eq('id', withIt.id).select();
    expect(keptError).toBeNull();
    expect(kept).toMatchObject([{ verdict_id: retired.id, version: 2 }]);
    const { data: shown } = await checker.client.from('verdicts').select('label, retired').eq('id', retired.id);
    expect(shown).toEqual([{ label: retired.label, retired: true }]);
  });
});

describe('deleting verdicts', () => {
  it('an unused verdict is deleted; one a claim or its history uses is refused, and stays', async () => {
    const unused = (await admin.client.from('verdicts').insert(verdict()).select().single()).data!;
    const { data: gone, error } = await admin.client.from('verdicts').delete().eq('id', unused.id).select('id');
    expect(error).toBeNull();
    expect(gone).toEqual([{ id: unused.id }]);

    const used = (await admin.client.from('verdicts').insert(verdict({ label: marker('Used') })).select().single()).data!;
    const articleId = await withDb(async (db) => {
      const { rows } = await db.query<{ id: string }>(
        `insert into public.articles (newsroom_id, title, body, body_text, created_by)
         values ($1, 'Deleting verdicts', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Alpha beta gamma delta."}]}]}', 'Alpha beta gamma delta.', $2) returning id`,
        [newsroomId, checker.id],
      );
      return rows[0]!.id;
    });
    const claimWithIt = (
      await checker.client
        .from('claims')
        .insert({ article_id: articleId, quote_exact: 'beta', claim_text: marker('claim'), verdict_id: used.id })
        .select()
        .single()
    ).data!;
    const refused = await admin.client.from('verdicts').delete().eq('id', used.id);
    expect(refused.status).toBe(409);
    expect(refused.error?.message).toBe(`the verdict "${used.label}" is used by claims or their history and cannot be deleted: retire it instead`);
    expect(await rowOf('verdicts', used.id)).not.toBeNull();

    // Changed away, the verdict is still in the claim's history, so it still stays.
    expect((await checker.client.from('claims').update({ verdict_id: null, version: 1 }).eq('id', claimWithIt.id)).error).toBeNull();
    const stillRefused = await admin.client.from('verdicts').delete().eq('id', used.id);
    expect(stillRefused.error?.message).toMatch(/used by claims or their history/);
    expect(await rowOf('verdicts', used.id)).not.toBeNull();
  });

  it('Demo Newsroom\'s verdicts in use stay too', async () => {
    await arrangeClaim({ author: 'checker', status: 'published' });
    const { error } = await as.admin.from('verdicts').delete().eq('id', 'false');
    expect(error?.message).toMatch(/used by claims or their history and cannot be deleted: retire it instead/);
    expect(await rowOf('verdicts', 'false')).not.toBeNull();
  });
});

describe('reading scales', () => {
  it('members read their whole scale, retired verdicts included; a new article\'s newsroom is not another\'s', async () => {
    const { data } = await checker.client.from('verdicts').select('newsroom_id').eq('newsroom_id', newsroomId);
    expect((data ?? []).length).toBeGreaterThanOrEqual(7);
    const { data: demo } = await checker.client.from('verdicts').select('id').eq('newsroom_id', demoNewsroomId).eq('id', 'half_true');
    expect(demo).toEqual([]);
  });

  it('a published claim\'s verdict is read by everyone, the rest of its scale by its members only', async () => {
    const articleId = await arrangeArticle({ newsroom: 'harbour', createdBy: 'harbourChecker' });
    await arrangeClaim({ articleId, author: 'harbourChecker', status: 'published' });
    const harbourFalse = await verdictOf('harbour', 'False');
    const harbourHalf = await verdictOf('harbour', 'Half true');
    for (const caller of [as.anon, as.checker]) {
      const { data } = await caller.from('verdicts').select('id').in('id', [harbourFalse, harbourHalf]);
      expect(data).toEqual([{ id: harbourFalse }]);
    }
    const { data: member } = await as.harbourChecker.from('verdicts').select('id').in('id', [harbourFalse, harbourHalf]).order('sort');
    expect(member).toEqual([{ id: harbourHalf }, { id: harbourFalse }]);
  });
});
