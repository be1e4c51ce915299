// Newsrooms themselves: anyone (anonymous readers too) reads a newsroom's name, slug, url and
// logo; any signed-in user creates one with create_newsroom and becomes its admin, with the
// default verdict scale; its admins change its settings; bad input is refused with a clear
// message and stores nothing; rows are never written around the RPCs.
import { beforeAll, describe, expect, it } from 'vitest';
import { demoNewsroomId, demoUserIds, harbourNewsroomId } from '../../stack/seed/seed-ids.ts';
import { type Client, useCallers } from '../support/callers.ts';
import { countWhere, memberEventsOf, membershipOf, rowOf, withDb } from '../support/rls-fixtures.ts';
import { deleteNewsrooms, useThrowaways } from '../support/throwaways.ts';

const as = useCallers();
const throwaways = useThrowaways();

let stranger: { client: Client; id: string; email: string };
beforeAll(async () => {
  stranger = await throwaways.signUpStranger();
});

function freshSlug(label = 'desk') {
  return `${label}-${crypto.randomUUID().slice(0, 8)}`;
}

async function createNewsroom(caller: Client, name: string, slug: string) {
  const result = await caller.rpc('create_newsroom', { name, slug });
  if (result.data) throwaways.addNewsroom(result.data.id);
  return result;
}

describe('reading newsrooms', () => {
  it('anyone, signed in or not, in a newsroom or not, reads every newsroom\'s name, slug, url and logo', async () => {
    for (const caller of [as.anon, stranger.client, as.checker, as.harbourChecker]) {
      const { data, error } = await caller
        .from('newsrooms')
        .select('id, name, slug, url, logo_url')
        .in('id', [demoNewsroomId, harbourNewsroomId])
        .order('slug');
      expect(error).toBeNull();
      expect(data).toEqual([
        { id: demoNewsroomId, name: 'Demo Newsroom', slug: 'demo', url: null, logo_url: null },
        { id: harbourNewsroomId, name: 'Harbour Gazette', slug: 'harbour', url: null, logo_url: null },
      ]);
    }
  });
});

describe('create_newsroom', () => {
  it('a user in no newsroom creates one and becomes its admin, with the seven default verdicts under new ids', async () => {
    const slug = freshSlug();
    const { data, error } = await createNewsroom(stranger.client, '  The Coalition Desk ', slug);
    expect(error).toBeNull();
    expect(data).toMatchObject({ name: 'The Coalition Desk', slug, url: null, logo_url: null });
    expect(await membershipOf(data!.id, stranger.id)).toMatchObject({ role: 'admin' });

    const { data: scale } = await stranger.client.from('verdicts').select('id, label, rating_value, retired').eq('newsroom_id', data!.id).order('sort');
    expect(scale?.map((v) => [v.label, v.rating_value, v.retired])).toEqual([
      ['True', 5, false],
      ['Mostly true', 4, false],
      ['Half true', 3, false],
      ['Mostly false', 2, false],
      ['False', 1, false],
      ['Misleading', null, false],
      ['Unverifiable', null, false],
    ]);
    for (const verdict of scale ?? []) expect(verdict.id).toMatch(/^[0-9a-f-]{36}$/);

    expect((await memberEventsOf(data!.id)).map((e) => [e.action, e.actor_id, e.user_id, e.to_role])).toEqual([
      ['joined', stranger.id, stranger.id, 'admin'],
    ]);
  });

  it('a member of a newsroom creates another and is its admin there, keeping their role in the first', async () => {
    const { data, error } = await createNewsroom(as.checker, 'Checker\'s Side Desk', freshSlug());
    expect(error).toBeNull();
    expect(await membershipOf(data!.id, demoUserIds.checker)).toMatchObject({ role: 'admin' });
    expect(await membershipOf(demoNewsroomId, demoUserIds.checker)).toMatchObject({ role: 'checker' });
    await deleteNewsrooms([data!.id]);
  });

  it('anonymous callers cannot call it', async () => {
    const slug = freshSlug();
    const { error } = await as.anon.rpc('create_newsroom', { name: 'Anonymous Desk', slug });
    expect(error).not.toBeNull();
    expect(await countWhere('newsrooms', 'slug', slug)).toBe(0);
  });

  it.each(['Bad Slug', 'UPPER', 'under_score', '-leading', 'trailing-', 'two--hyphens', 'x', 'é-accent', `${'a'.repeat(64)}`, ''])(
    'refuses the invalid slug %j with a message saying what a slug is, and stores nothing',
    async (slug) => {
      const name = `Desk ${crypto.randomUUID()}`;
      const { error, status } = await createNewsroom(stranger.client, name, slug);
      expect(status).toBe(400);
      expect(error?.message).toBe(
        `invalid slug "${slug}": use 2 to 63 lowercase letters, digits and hyphens, with no hyphen at either end`,
      );
      expect(await countWhere('newsrooms', 'name', name)).toBe(0);
    },
  );

  it('refuses a slug that is taken, saying so, and stores nothing', async () => {
    const name = `Desk ${crypto.randomUUID()}`;
    const { error, status } = await createNewsroom(stranger.client, name, 'harbour');
    expect(status).toBe(409);
    expect(error?.message).toBe('the slug "harbour" is taken by another newsroom: choose another');
    expect(await countWhere('newsrooms', 'name', name)).toBe(0);
    expect(await countWhere('newsrooms', 'slug', 'harbour')).toBe(1);
  });

  it('refuses an empty, blank or over-long name, and stores nothing', async () => {
    for (const name of ['', '   ', 'n'.repeat(201)]) {
      const slug = freshSlug();
      const { error, status } = await createNewsroom(stranger.client, name, slug);
      expect(status).toBe(400);
      expect(error?.message).toBe("a newsroom's name must be 1 to 200 characters");
      expect(await countWhere('newsrooms', 'slug', slug)).toBe(0);
    }
  });
});

describe('newsroom settings', () => {
  let newsroom: { id: string; slug: string };
  beforeAll(async () => {
    const { data } = await createNewsroom(stranger.client, 'Settings Desk', freshSlug('settings'));
    newsroom = data!;
  });

  it('its admin changes name, slug, website and logo (http or https)', async () => {
    const slug = freshSlug('renamed');
    const { data, error } = await stranger.client
      .from('newsrooms')
      .update({ name: 'Renamed Desk', slug, url: 'https://desk.example.org', logo_url: 'http://desk.example.org/logo.png' })
      .eq('id', newsroom.id)
      .select()
      .single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ name: 'Renamed Desk', slug, url: 'https://desk.example.org', logo_url: 'http://desk.example.org/logo.png' });
    newsroom = { id: newsroom.id, slug };
  });

  it('nobody else changes them: not another newsroom\'s admin, not its own checkers, not anonymous callers', async () => {
    const before = await rowOf('newsrooms', demoNewsroomId);
    for (const caller of [as.harbourAdmin, as.checker, as.editor, stranger.client, as.anon]) {
      const { data } = await caller.from('newsrooms').update({ name: 'Taken over' }).eq('id', demoNewsroomId).select();
      expect(data ?? []).toEqual([]);
    }
    expect(await rowOf('newsrooms', demoNewsroomId)).toEqual(before);
  });

  it('demo\'s admin changes Demo Newsroom\'s settings', async () => {
    const before = await rowOf('newsrooms', demoNewsroomId);
    const { data, error } = await as.admin.from('newsrooms').update({ url: 'https://demo.example.org' }).eq('id', demoNewsroomId).select();
    expect(error).toBeNull();
    expect(data).toMatchObject([{ url: 'https://demo.example.org' }]);
    await withDb((db) => db.query('update public.newsrooms set url = $1 where id = $2', [before!.url, demoNewsroomId]));
  });

  it.each([
    ['a logo that is not http(s)', { logo_url: 'javascript:alert(1)' }, /newsrooms_logo_url_must_be_http_or_https/, 400],
    ['a data: logo', { logo_url: 'data:image/png;base64,AAAA' }, /newsrooms_logo_url_must_be_http_or_https/, 400],
    ['a website that is not http(s)', { url: 'ftp://desk.example.org' }, /newsrooms_url_must_be_http_or_https/, 400],
    ['an invalid slug', { slug: 'Not A Slug' }, /newsrooms_slug_must_be_lowercase_letters_digits_and_hyphens/, 400],
    ['a taken slug', { slug: 'demo' }, /^the slug "demo" is taken by another newsroom: choose another$/, 409],
    ['an empty name', { name: ' ' }, /newsrooms_name_must_be_1_to_200_characters/, 400],
  ] as const)('refuses %s with a clear message and changes nothing', async (_what, change, message, expectedStatus) => {
    const before = await rowOf('newsrooms', newsroom.id);
    const { error, status } = await stranger.client.from('newsrooms').update(change).eq('id', newsroom.id);
    expect(status).toBe(expectedStatus);
    expect(error?.message).toMatch(message);
    expect(await rowOf('newsrooms', newsroom.id)).toEqual(before);
  });

  it('its id and creation time are not its admin\'s to change', async () => {
    const before = await rowOf('newsrooms', newsroom.id);
    for (const change of [{ id: crypto.randomUUID() }, { created_at: new Date(0).toISOString() }]) {
      const { error } = await stranger.client.from('newsrooms').update(change).eq('id', newsroom.id);
      expect(error?.code).toBe('42501');
    }
    expect(await rowOf('newsrooms', newsroom.id)).toEqual(before);
  });
});

describe('rows written around the RPCs', () => {
  it('no newsroom is inserted or deleted through the API, not even by an admin', async () => {
    const slug = freshSlug();
    const { error } = await as.admin.from('newsrooms').insert({ name: 'Direct Desk', slug });
    expect(error?.code).toBe('42501');
    expect(await countWhere('newsrooms', 'slug', slug)).toBe(0);
    const { error: deleted } = await as.admin.from('newsrooms').delete().eq('id', demoNewsroomId);
    expect(deleted?.code).toBe('42501');
    expect(await rowOf('newsrooms', demoNewsroomId)).not.toBeNull();
  });
});
