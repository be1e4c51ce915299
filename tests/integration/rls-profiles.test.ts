// Profiles: created for every new user (who belongs to no newsroom until they create one or
// accept an invitation), readable by their owner and by the people they share a newsroom
// with, own display name editable and nobody else's; roles live in newsroom_members, not in
// profiles. The role helpers they rest on are not part of the API.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoAccounts, demoUserIds, type DemoNewsroomKey } from '../../stack/seed/seed-ids.ts';
import { type Client, useCallers } from '../support/callers.ts';
import { anonClient, testStack } from '../support/clients.ts';
import { rowOf, withDb } from '../support/rls-fixtures.ts';
import { useThrowaways } from '../support/throwaways.ts';

const as = useCallers();
const throwaways = useThrowaways();

async function signUp(email: string, data?: Record<string, string>) {
  const { data: result, error } = await anonClient().auth.signUp({ email, password: 'a-long-password-1', options: { data } });
  expect(error).toBeNull();
  throwaways.addUser(result.user!.id);
  return result.user!.id;
}

const peopleOf = (newsroom: DemoNewsroomKey) => demoAccounts.filter((a) => a.newsroom === newsroom).map((a) => a.id).sort();
const demoPeople = peopleOf('demo');
const harbourPeople = peopleOf('harbour');

async function profileIdsSeenBy(caller: Client): Promise<string[]> {
  const { data, error } = await caller.from('profiles').select('id').in('id', Object.values(demoUserIds));
  expect(error).toBeNull();
  return (data ?? []).map((p) => p.id).sort();
}

describe('profile creation', () => {
  it('a new user gets a profile named from their metadata, and no newsroom', async () => {
    const id = await signUp(`named-${randomUUID()}@example.com`, { display_name: 'Ada Lovelace' });
    expect(await rowOf('profiles', id)).toMatchObject({ display_name: 'Ada Lovelace' });
    const memberships = await withDb(async (db) => (await db.query('select * from public.newsroom_members where user_id = $1', [id])).rows);
    expect(memberships).toEqual([]);
  });

  it('without a name in the metadata, the email\'s local part is used', async () => {
    const local = `grace-${randomUUID().slice(0, 8)}`;
    const id = await signUp(`${local}@example.com`);
    expect(await rowOf('profiles', id)).toMatchObject({ display_name: local });
  });

  it('profiles carry no role any more: roles are per newsroom', async () => {
    const columns = await withDb(async (db) =>
      (await db.query("select column_name from information_schema.columns where table_schema = 'public' and table_name = 'profiles' order by 1")).rows,
    );
    expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual(['created_at', 'deleted_at', 'display_name', 'id']);
  });
});

describe('reading profiles', () => {
  it('members read the profiles of the people in their newsroom, and nobody else\'s', async () => {
    for (const caller of [as.checker, as.editor, as.admin]) expect(await profileIdsSeenBy(caller)).toEqual(demoPeople);
    for (const caller of [as.harbourChecker, as.harbourAdmin]) expect(await profileIdsSeenBy(caller)).toEqual(harbourPeople);
  });

  it('a member of two newsrooms reads the people of both', async () => {
    const { client, id } = await throwaways.signUpStranger('two-newsrooms');
    await withDb(async (db) => {
      await db.query(
        `insert into public.newsroom_members (newsroom_id, user_id, role)
         select n.id, $1, 'checker' from public.newsrooms n where n.slug in ('demo', 'harbour')`,
        [id],
      );
    });
    expect(await profileIdsSeenBy(client)).toEqual([...demoPeople, ...harbourPeople].sort());
  });

  it('a user in no newsroom reads their own profile only', async () => {
    const { client, id } = await throwaways.signUpStranger();
    expect(await profileIdsSeenBy(client)).toEqual([]);
    const { data } = await client.from('profiles').select('id, display_name');
    expect(data).toEqual([{ id, display_name: 'stranger' }]);
  });

  it('anonymous callers read none', async () => {
    const { data } = await as.anon.from('profiles').select('id');
    expect(data ?? []).toEqual([]);
  });
});

describe('editing profiles', () => {
  it('a user changes their own display name', async () => {
    const before = await rowOf('profiles', demoUserIds.checker2);
    const { data, error } = await as.checker2.from('profiles').update({ display_name: 'Renamed' }).eq('id', demoUserIds.checker2).select();
    expect(error).toBeNull();
    expect(data).toMatchObject([{ display_name: 'Renamed' }]);
    await withDb((db) => db.query('update public.profiles set display_name = $1 where id = $2', [before!.display_name, demoUserIds.checker2]));
  });

  it('a user in no newsroom changes their own display name too', async () => {
    const { client, id } = await throwaways.signUpStranger();
    const { data, error } = await client.from('profiles').update({ display_name: 'Newcomer' }).eq('id', id).select();
    expect(error).toBeNull();
    expect(data).toMatchObject([{ display_name: 'Newcomer' }]);
  });

  it('nobody changes someone else\'s profile, not even an admin of their newsroom, nor one of another', async () => {
    const before = await rowOf('profiles', demoUserIds.checker2);
    for (const caller of [as.checker, as.editor, as.admin, as.harbourAdmin, as.anon]) {
      const { data } = await caller.from('profiles').update({ display_name: 'Hijacked' }).eq('id', demoUserIds.checker2).select();
      expect(data ?? []).toEqual([]);
    }
    expect(await rowOf('profiles', demoUserIds.checker2)).toEqual(before);
  });

  it('profiles are neither created nor deleted through the API, not even your own', async () => {
    const { error } = await as.admin.from('profiles').insert({ id: randomUUID(), display_name: 'Ghost' });
    expect(error).not.toBeNull();
    for (const [caller, id] of [[as.admin, demoUserIds.checker2], [as.checker2, demoUserIds.checker2]] as const) {
      const { error: deleted, status } = await caller.from('profiles').delete().eq('id', id).select();
      expect(status).toBe(403);
      expect(deleted?.code).toBe('42501');
    }
    expect(await rowOf('profiles', demoUserIds.checker2)).not.toBeNull();
  });
});

// The role rules themselves are proven where they apply (editors edit and review what
// checkers cannot, in the other RLS suites; per newsroom in newsroom-isolation); here, that
// the helpers deciding them are not part of the API.
describe('the role helpers in private', () => {
  async function callRpc(caller: Client, name: string, body: Record<string, unknown>, profile?: string) {
    const { data } = await caller.auth.getSession();
    const response = await fetch(`${testStack.apiUrl}/rest/v1/rpc/${name}`, {
      method: 'POST',
      headers: {
        apikey: testStack.anonKey,
        authorization: `Bearer ${data.session?.access_token ?? testStack.anonKey}`,
        'content-type': 'application/json',
        ...(profile ? { 'content-profile': profile } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { code?: string } };
  }

  const helpers: [string, Record<string, unknown>][] = [
    ['has_role', { required: 'checker' }],
    ['has_newsroom_role', { newsroom_id: '00000000-0000-4000-8000-000000000000', required: 'checker' }],
    ['newsroom_role', { newsroom_id: '00000000-0000-4000-8000-000000000000' }],
    ['caller_email', {}],
  ];

  it('are not RPCs: rpc/has_role, rpc/has_newsroom_role and the rest are not found, signed in or not', async () => {
    for (const [name, body] of helpers) {
      for (const caller of [as.admin, as.editor, as.checker, as.anon]) {
        expect(await callRpc(caller, name, body), name).toMatchObject({ status: 404, body: { code: 'PGRST202' } });
      }
    }
  });

  it('cannot be asked for in their own schema either, which the API does not serve', async () => {
    for (const caller of [as.editor, as.anon]) {
      expect(await callRpc(caller, 'has_newsroom_role', helpers[1]![1], 'private')).toMatchObject({ status: 406, body: { code: 'PGRST106' } });
    }
  });
});
