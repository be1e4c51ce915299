// Profiles: created for every new user, readable by signed-in users, own display name
// editable, roles changed by admins only; the role helper they rest on is not part of the API.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonClient, testStack } from '../support/clients.ts';
import { type Callers, type Client, demoUserIds, rowOf, signInEveryone, withDb } from '../support/rls-fixtures.ts';

let as: Callers;
const createdUsers: string[] = [];
beforeAll(async () => {
  as = await signInEveryone();
});
afterAll(async () => {
  await withDb((db) => db.query('delete from auth.users where id = any($1::uuid[])', [createdUsers]));
});

async function signUp(email: string, data?: Record<string, string>) {
  const { data: result, error } = await anonClient().auth.signUp({ email, password: 'a-long-password-1', options: { data } });
  expect(error).toBeNull();
  createdUsers.push(result.user!.id);
  return result.user!.id;
}

describe('profile creation', () => {
  it('a new user gets a checker profile named from their metadata', async () => {
    const id = await signUp(`named-${randomUUID()}@example.com`, { display_name: 'Ada Lovelace' });
    expect(await rowOf('profiles', id)).toMatchObject({ display_name: 'Ada Lovelace', role: 'checker' });
  });

  it('without a name in the metadata, the email\'s local part is used', async () => {
    const local = `grace-${randomUUID().slice(0, 8)}`;
    const id = await signUp(`${local}@example.com`);
    expect(await rowOf('profiles', id)).toMatchObject({ display_name: local, role: 'checker' });
  });
});

describe('reading profiles', () => {
  it('signed-in users read every profile', async () => {
    const { data, error } = await as.checker.from('profiles').select('id, role').in('id', Object.values(demoUserIds));
    expect(error).toBeNull();
    expect(Object.fromEntries(data!.map((p) => [p.id, p.role]))).toEqual({
      [demoUserIds.checker]: 'checker',
      [demoUserIds.checker2]: 'checker',
      [demoUserIds.editor]: 'editor',
      [demoUserIds.admin]: 'admin',
    });
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

  it('nobody but an admin changes someone else\'s profile', async () => {
    const before = await rowOf('profiles', demoUserIds.checker2);
    for (const caller of [as.checker, as.editor, as.anon]) {
      const { data } = await caller.from('profiles').update({ display_name: 'Hijacked' }).eq('id', demoUserIds.checker2).select();
      expect(data ?? []).toEqual([]);
    }
    expect(await rowOf('profiles', demoUserIds.checker2)).toEqual(before);
  });

  it('nobody raises their own role', async () => {
    for (const [caller, id] of [
      [as.checker, demoUserIds.checker],
      [as.editor, demoUserIds.editor],
    ] as const) {
      const before = await rowOf('profiles', id);
      const { error, status } = await caller.from('profiles').update({ role: 'admin' }).eq('id', id);
      expect(status).toBe(403);
      expect(error?.message).toBe('only an admin can change roles');
      expect(await rowOf('profiles', id)).toEqual(before);
    }
  });

  it('an admin changes a role', async () => {
    const id = await signUp(`promoted-${randomUUID()}@example.com`);
    const { data, error } = await as.admin.from('profiles').update({ role: 'editor' }).eq('id', id).select();
    expect(error).toBeNull();
    expect(data).toMatchObject([{ role: 'editor' }]);
    expect((await rowOf('profiles', id))?.role).toBe('editor');
  });

  it('a role must be checker, editor or admin', async () => {
    const id = await signUp(`badrole-${randomUUID()}@example.com`);
    const { error } = await as.admin.from('profiles').update({ role: 'owner' }).eq('id', id);
    expect(error?.message).toMatch(/profiles_role_must_be_checker_editor_or_admin/);
    expect((await rowOf('profiles', id))?.role).toBe('checker');
  });

  it('profiles are neither created nor deleted through the API', async () => {
    const { error } = await as.admin.from('profiles').insert({ id: randomUUID(), display_name: 'Ghost' });
    expect(error).not.toBeNull();
    const { data } = await as.admin.from('profiles').delete().eq('id', demoUserIds.checker2).select();
    expect(data).toEqual([]);
    expect(await rowOf('profiles', demoUserIds.checker2)).not.toBeNull();
  });
});

// The role rules themselves are proven where they apply (editors edit and review what
// checkers cannot, in the other RLS suites); here, that the helper deciding them is not
// part of the API.
describe('the role helper private.has_role', () => {
  async function callHasRole(caller: Client, profile?: string) {
    const { data } = await caller.auth.getSession();
    const response = await fetch(`${testStack.apiUrl}/rest/v1/rpc/has_role`, {
      method: 'POST',
      headers: {
        apikey: testStack.anonKey,
        authorization: `Bearer ${data.session?.access_token ?? testStack.anonKey}`,
        'content-type': 'application/json',
        ...(profile ? { 'content-profile': profile } : {}),
      },
      body: JSON.stringify({ required: 'checker' }),
    });
    return { status: response.status, body: (await response.json()) as { code?: string } };
  }

  it('is not an RPC: rpc/has_role is not found, signed in or not', async () => {
    for (const caller of [as.admin, as.editor, as.checker, as.anon]) {
      expect(await callHasRole(caller)).toMatchObject({ status: 404, body: { code: 'PGRST202' } });
    }
  });

  it('cannot be asked for in its own schema either, which the API does not serve', async () => {
    for (const caller of [as.editor, as.anon]) {
      expect(await callHasRole(caller, 'private')).toMatchObject({ status: 406, body: { code: 'PGRST106' } });
    }
  });
});
