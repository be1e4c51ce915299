// Membership: invitations (invite_member, revoke_invitation, accept_invitation), roles
// (set_member_role) and removal (remove_member), each refused with a clear message to whoever
// may not take the step and for every invitation that cannot be accepted (another email,
// expired, revoked, accepted already); a newsroom always keeps an admin; newsroom_members and
// newsroom_invitations are never written around the RPCs; every change is in the audit, which
// only the newsroom's admins read.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Tables } from '../../src/lib/database.types.ts';
import { demoNewsroomId, demoUserIds } from '../../stack/seed/seed-ids.ts';
import { type Client, useCallers } from '../support/callers.ts';
import { arrangeClaim, memberEventsOf, membershipOf, rowOf, withDb } from '../support/rls-fixtures.ts';
import { type NewsroomRole, useThrowaways } from '../support/throwaways.ts';

const as = useCallers();
const { signUpStranger: person, arrangeNewsroom } = useThrowaways();

type Person = { client: Client; id: string; email: string };
type Invitation = Tables<'newsroom_invitations'>;

/** A newsroom of this file's own: `admin` is its admin, `others` members in their roles. */
async function newsroomWith(admin: Person, others: [Person, NewsroomRole][] = []) {
  const newsroom = await arrangeNewsroom(Object.fromEntries([[admin.id, 'admin'], ...others.map(([p, role]) => [p.id, role])]));
  return newsroom.id;
}

/** For a describe block: a newsroom of its own with a fresh admin, editor and checker, made before its tests. */
function useStaffedNewsroom(label: string) {
  const newsroom = {} as { id: string; admin: Person; editor: Person; checker: Person };
  beforeAll(async () => {
    const [admin, editor, checker] = await Promise.all([person(`${label}-admin`), person(`${label}-editor`), person(`${label}-checker`)]);
    const id = await newsroomWith(admin, [
      [editor, 'editor'],
      [checker, 'checker'],
    ]);
    Object.assign(newsroom, { id, admin, editor, checker });
  });
  return newsroom;
}

async function invite(admin: Client, newsroomId: string, email: string, role: NewsroomRole = 'checker'): Promise<Invitation> {
  const { data, error } = await admin.rpc('invite_member', { newsroom_id: newsroomId, email, role });
  expect(error).toBeNull();
  return data!;
}

async function snapshot(newsroomId: string) {
  return withDb(async (db) => ({
    members: (await db.query('select * from public.newsroom_members where newsroom_id = $1 order by user_id', [newsroomId])).rows,
    invitations: (await db.query('select * from public.newsroom_invitations where newsroom_id = $1 order by id', [newsroomId])).rows,
    events: (await db.query('select * from public.newsroom_member_events where newsroom_id = $1 order by id', [newsroomId])).rows,
  }));
}

describe('the whole way: invite, accept, promote, review', () => {
  it('an admin invites a colleague by email, who signs up, accepts, is made an editor and reviews a claim', async () => {
    const colleague = await person('colleague');
    const invitation = await invite(as.admin, demoNewsroomId, colleague.email.toUpperCase(), 'checker');
    expect(invitation).toMatchObject({
      newsroom_id: demoNewsroomId,
      email: colleague.email,
      role: 'checker',
      invited_by: demoUserIds.admin,
      accepted_at: null,
      revoked_at: null,
    });
    const days = (Date.parse(invitation.expires_at) - Date.parse(invitation.created_at)) / 86_400_000;
    expect(days).toBe(14);

    // The addressee sees the invitation and the newsroom's name before joining, and no work.
    const { data: mine } = await colleague.client.from('newsroom_invitations').select('id, role, newsroom:newsrooms(name)');
    expect(mine).toEqual([{ id: invitation.id, role: 'checker', newsroom: { name: 'Demo Newsroom' } }]);
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    expect((await colleague.client.from('claims').select('id').eq('id', claim.id)).data).toEqual([]);

    const { data: membership, error } = await colleague.client.rpc('accept_invitation', { invitation_id: invitation.id });
    expect(error).toBeNull();
    expect(membership).toMatchObject({ newsroom_id: demoNewsroomId, user_id: colleague.id, role: 'checker' });
    expect((await rowOf('newsroom_invitations', invitation.id))?.accepted_at).not.toBeNull();
    expect((await colleague.client.from('claims').select('id').eq('id', claim.id)).data).toEqual([{ id: claim.id }]);

    // A checker cannot review; made an editor, they can.
    const refused = await colleague.client.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: claim.version });
    expect(refused.error?.message).toBe('only editors and admins review claims');
    const { data: promoted, error: promoteError } = await as.admin.rpc('set_member_role', {
      newsroom_id: demoNewsroomId,
      user_id: colleague.id,
      role: 'editor',
    });
    expect(promoteError).toBeNull();
    expect(promoted).toMatchObject({ role: 'editor' });
    const { data: reviewed, error: reviewError } = await colleague.client.rpc('review_claim', {
      claim_id: claim.id,
      decision: 'approve',
      expected_version: claim.version,
    });
    expect(reviewError).toBeNull();
    expect(reviewed).toMatchObject({ status: 'approved', reviewed_by: colleague.id });

    // Removed, they see the newsroom's unpublished work no more.
    const { error: removeError } = await as.admin.rpc('remove_member', { newsroom_id: demoNewsroomId, user_id: colleague.id });
    expect(removeError).toBeNull();
    expect(await membershipOf(demoNewsroomId, colleague.id)).toBeNull();
    expect((await colleague.client.from('claims').select('id').eq('id', claim.id)).data).toEqual([]);

    // Every step is in the audit, with who took it.
    const trail = (await memberEventsOf(demoNewsroomId)).filter((e) => e.user_id === colleague.id || e.invitation_id === invitation.id);
    expect(trail.map((e) => [e.action, e.actor_id, e.from_role, e.to_role])).toEqual([
      ['invited', demoUserIds.admin, null, 'checker'],
      ['invitation_accepted', colleague.id, null, 'checker'],
      ['joined', colleague.id, null, 'checker'],
      ['role_changed', demoUserIds.admin, 'checker', 'editor'],
      ['removed', demoUserIds.admin, 'editor', null],
    ]);
    for (const event of trail) expect(event.created_at).toBeInstanceOf(Date);
  });
});

describe('invite_member', () => {
  const newsroom = useStaffedNewsroom('inviting');

  it('only the newsroom\'s admins invite: not its editors or checkers, not another newsroom\'s admin, not outsiders', async () => {
    const before = await snapshot(newsroom.id);
    for (const caller of [newsroom.editor.client, newsroom.checker.client, as.admin, as.harbourAdmin]) {
      const { error, status } = await caller.rpc('invite_member', { newsroom_id: newsroom.id, email: 'someone@example.org', role: 'checker' });
      expect(status).toBe(403);
      expect(error?.message).toBe("only the newsroom's admins invite members");
    }
    const { error } = await as.anon.rpc('invite_member', { newsroom_id: newsroom.id, email: 'someone@example.org', role: 'checker' });
    expect(error).not.toBeNull();
    expect(await snapshot(newsroom.id)).toEqual(before);
  });

  it.each(['not-an-email', 'no-domain@', '@no-local.org', 'two@@example.org', 'spaced out@example.org', 'dotless@localhost', ''])(
    'refuses the invalid email %j, storing nothing',
    async (email) => {
      const before = await snapshot(newsroom.id);
      const { error, status } = await newsroom.admin.client.rpc('invite_member', { newsroom_id: newsroom.id, email, role: 'checker' });
      expect(status).toBe(400);
      expect(error?.message).toBe(`invalid email address "${email}"`);
      expect(await snapshot(newsroom.id)).toEqual(before);
    },
  );

  it.each(['owner', 'Admin', 'viewer', ''])('refuses the unknown role %j, storing nothing', async (role) => {
    const before = await snapshot(newsroom.id);
    const { error, status } = await newsroom.admin.client.rpc('invite_member', { newsroom_id: newsroom.id, email: 'someone@example.org', role });
    expect(status).toBe(400);
    expect(error?.message).toBe(`unknown role "${role}": use checker, editor or admin`);
    expect(await snapshot(newsroom.id)).toEqual(before);
  });

  it('refuses to invite a member, or someone already invited, storing nothing', async () => {
    const address = `pending-${crypto.randomUUID()}@example.org`;
    await invite(newsroom.admin.client, newsroom.id, address);
    const before = await snapshot(newsroom.id);
    const again = await newsroom.admin.client.rpc('invite_member', { newsroom_id: newsroom.id, email: address, role: 'editor' });
    expect(again.status).toBe(400);
    expect(again.error?.message).toBe(`${address} already has a pending invitation to this newsroom: revoke it first to invite again`);
    const member = await newsroom.admin.client.rpc('invite_member', { newsroom_id: newsroom.id, email: newsroom.editor.email, role: 'admin' });
    expect(member.status).toBe(400);
    expect(member.error?.message).toBe(`${newsroom.editor.email} is already a member of this newsroom`);
    expect(await snapshot(newsroom.id)).toEqual(before);
  });

  it('invites again once the earlier invitation was revoked or has expired', async () => {
    const address = `again-${crypto.randomUUID()}@example.org`;
    const first = await invite(newsroom.admin.client, newsroom.id, address);
    await withDb((db) =>
      db.query("update public.newsroom_invitations set created_at = now() - interval '20 days', expires_at = now() - interval '6 days' where id = $1", [first.id]),
    );
    const second = await invite(newsroom.admin.client, newsroom.id, address, 'editor');
    expect((await newsroom.admin.client.rpc('revoke_invitation', { invitation_id: second.id })).error).toBeNull();
    const third = await invite(newsroom.admin.client, newsroom.id, address, 'admin');
    expect(third).toMatchObject({ email: address, role: 'admin' });
  });
});

describe('reading invitations', () => {
  it('the newsroom\'s admins and the addressee read an invitation; its other members, other newsrooms and strangers do not', async () => {
    const [admin, checker, addressee, otherStranger] = await Promise.all([
      person('reading-admin'),
      person('reading-checker'),
      person('reading-addressee'),
      person('reading-stranger'),
    ]);
    const newsroomId = await newsroomWith(admin, [[checker, 'checker']]);
    const invitation = await invite(admin.client, newsroomId, addressee.email);
    for (const caller of [admin.client, addressee.client]) {
      const { data } = await caller.from('newsroom_invitations').select('id').eq('id', invitation.id);
      expect(data).toEqual([{ id: invitation.id }]);
    }
    for (const caller of [checker.client, otherStranger.client, as.admin, as.harbourAdmin, as.anon]) {
      const { data } = await caller.from('newsroom_invitations').select('id').eq('id', invitation.id);
      expect(data ?? []).toEqual([]);
    }
  });
});

describe('accept_invitation', () => {
  let admin: Person;
  let newsroomId: string;
  beforeAll(async () => {
    admin = await person('accepting-admin');
    newsroomId = await newsroomWith(admin);
  });

  async function expectRefused(caller: Client, invitationId: string, status: number, message: string | RegExp) {
    const before = await snapshot(newsroomId);
    const refused = await caller.rpc('accept_invitation', { invitation_id: invitationId });
    expect(refused.status).toBe(status);
    expect(refused.error?.message).toMatch(message);
    expect(await snapshot(newsroomId)).toEqual(before);
  }

  it('joins in the invited role, once', async () => {
    const invitee = await person('accepting-invitee');
    const invitation = await invite(admin.client, newsroomId, invitee.email, 'editor');
    const { data, error } = await invitee.client.rpc('accept_invitation', { invitation_id: invitation.id });
    expect(error).toBeNull();
    expect(data).toMatchObject({ newsroom_id: newsroomId, user_id: invitee.id, role: 'editor' });
    await expectRefused(invitee.client, invitation.id, 400, /^this invitation was already accepted$/);
  });

  it('refuses anyone but the addressee: another user, a member, an admin of the newsroom', async () => {
    const invitee = await person('accepting-right');
    const wrong = await person('accepting-wrong');
    const invitation = await invite(admin.client, newsroomId, invitee.email);
    for (const caller of [wrong.client, admin.client, as.checker]) {
      await expectRefused(
        caller,
        invitation.id,
        403,
        /^this invitation is addressed to another email address: sign in as its addressee to accept it$/,
      );
    }
    const { error } = await as.anon.rpc('accept_invitation', { invitation_id: invitation.id });
    expect(error).not.toBeNull();
    expect((await rowOf('newsroom_invitations', invitation.id))?.accepted_at).toBeNull();
  });

  it('refuses an expired invitation, saying when it expired', async () => {
    const invitee = await person('accepting-late');
    const invitation = await invite(admin.client, newsroomId, invitee.email);
    await withDb((db) =>
      db.query(
        "update public.newsroom_invitations set created_at = '2025-01-01T09:00:00Z', expires_at = '2025-01-15T09:00:00Z' where id = $1",
        [invitation.id],
      ),
    );
    await expectRefused(invitee.client, invitation.id, 400, /^this invitation expired on 2025-01-15 09:00 UTC: ask the newsroom's admins for a new one$/);
    expect(await membershipOf(newsroomId, invitee.id)).toBeNull();
  });

  it('refuses a revoked invitation', async () => {
    const invitee = await person('accepting-revoked');
    const invitation = await invite(admin.client, newsroomId, invitee.email);
    const { data: revoked, error } = await admin.client.rpc('revoke_invitation', { invitation_id: invitation.id });
    expect(error).toBeNull();
    expect(revoked?.revoked_at).not.toBeNull();
    await expectRefused(invitee.client, invitation.id, 400, /^this invitation was revoked: ask the newsroom's admins for a new one$/);
    expect(await membershipOf(newsroomId, invitee.id)).toBeNull();
  });

  it('an unknown invitation is HTTP 404', async () => {
    const invitee = await person('accepting-unknown');
    await expectRefused(invitee.client, '00000000-0000-4000-8000-000000000000', 404, /not found/);
  });
});

describe('revoke_invitation', () => {
  it('only the newsroom\'s admins revoke, a pending invitation only', async () => {
    const [admin, checker, invitee] = await Promise.all([person('revoking-admin'), person('revoking-checker'), person('revoking-invitee')]);
    const newsroomId = await newsroomWith(admin, [[checker, 'checker']]);
    const invitation = await invite(admin.client, newsroomId, invitee.email);
    const before = await snapshot(newsroomId);
    const byChecker = await checker.client.rpc('revoke_invitation', { invitation_id: invitation.id });
    expect(byChecker.status).toBe(403);
    expect(byChecker.error?.message).toBe("only the newsroom's admins revoke invitations");
    for (const caller of [as.admin, as.harbourAdmin, invitee.client]) {
      const refused = await caller.rpc('revoke_invitation', { invitation_id: invitation.id });
      expect(refused.status).toBe(404);
    }
    expect(await snapshot(newsroomId)).toEqual(before);

    expect((await admin.client.rpc('revoke_invitation', { invitation_id: invitation.id })).error).toBeNull();
    const twice = await admin.client.rpc('revoke_invitation', { invitation_id: invitation.id });
    expect(twice.error?.message).toBe('this invitation was already revoked');

    const accepted = await invite(admin.client, newsroomId, invitee.email);
    expect((await invitee.client.rpc('accept_invitation', { invitation_id: accepted.id })).error).toBeNull();
    const late = await admin.client.rpc('revoke_invitation', { invitation_id: accepted.id });
    expect(late.error?.message).toBe('this invitation was already accepted: remove the member instead');
    expect(await membershipOf(newsroomId, invitee.id)).toMatchObject({ role: 'checker' });
  });
});

describe('set_member_role and remove_member', () => {
  const newsroom = useStaffedNewsroom('roles');

  it('only the newsroom\'s admins change roles or remove members', async () => {
    const before = await snapshot(newsroom.id);
    for (const caller of [newsroom.editor.client, newsroom.checker.client, as.admin, as.harbourAdmin]) {
      const role = await caller.rpc('set_member_role', { newsroom_id: newsroom.id, user_id: newsroom.checker.id, role: 'admin' });
      expect(role.status).toBe(403);
      expect(role.error?.message).toBe("only the newsroom's admins change roles");
      const removed = await caller.rpc('remove_member', { newsroom_id: newsroom.id, user_id: newsroom.checker.id });
      expect(removed.status).toBe(403);
      expect(removed.error?.message).toBe("only the newsroom's admins remove members");
    }
    expect(await snapshot(newsroom.id)).toEqual(before);
  });

  it('refuses an unknown role and someone who is not a member, changing nothing', async () => {
    const before = await snapshot(newsroom.id);
    const role = await newsroom.admin.client.rpc('set_member_role', { newsroom_id: newsroom.id, user_id: newsroom.checker.id, role: 'owner' });
    expect(role.status).toBe(400);
    expect(role.error?.message).toBe('unknown role "owner": use checker, editor or admin');
    const outsider = await newsroom.admin.client.rpc('set_member_role', { newsroom_id: newsroom.id, user_id: demoUserIds.checker, role: 'editor' });
    expect(outsider.status).toBe(404);
    expect(outsider.error?.message).toBe(`user ${demoUserIds.checker} is not a member of this newsroom`);
    const removed = await newsroom.admin.client.rpc('remove_member', { newsroom_id: newsroom.id, user_id: demoUserIds.checker });
    expect(removed.status).toBe(404);
    expect(await snapshot(newsroom.id)).toEqual(before);
    expect(await membershipOf(demoNewsroomId, demoUserIds.checker)).toMatchObject({ role: 'checker' });
  });

  it('the last admin can neither step down nor be removed; with a second admin, either can', async () => {
    const before = await snapshot(newsroom.id);
    const demote = await newsroom.admin.client.rpc('set_member_role', { newsroom_id: newsroom.id, user_id: newsroom.admin.id, role: 'editor' });
    expect(demote.status).toBe(400);
    expect(demote.error?.message).toBe('a newsroom keeps at least one admin: make someone else an admin before changing this role');
    const leave = await newsroom.admin.client.rpc('remove_member', { newsroom_id: newsroom.id, user_id: newsroom.admin.id });
    expect(leave.status).toBe(400);
    expect(leave.error?.message).toBe('a newsroom keeps at least one admin: make someone else an admin before removing this one');
    expect(await snapshot(newsroom.id)).toEqual(before);

    expect((await newsroom.admin.client.rpc('set_member_role', { newsroom_id: newsroom.id, user_id: newsroom.editor.id, role: 'admin' })).error).toBeNull();
    const stepDown = await newsroom.admin.client.rpc('set_member_role', { newsroom_id: newsroom.id, user_id: newsroom.admin.id, role: 'checker' });
    expect(stepDown.error).toBeNull();
    expect(stepDown.data).toMatchObject({ role: 'checker' });
    // Now editor is the last admin, and the former admin may decide nothing.
    const lastAgain = await newsroom.editor.client.rpc('remove_member', { newsroom_id: newsroom.id, user_id: newsroom.editor.id });
    expect(lastAgain.error?.message).toMatch(/keeps at least one admin/);
    const formerAdmin = await newsroom.admin.client.rpc('set_member_role', { newsroom_id: newsroom.id, user_id: newsroom.admin.id, role: 'admin' });
    expect(formerAdmin.status).toBe(403);
    expect((await newsroom.editor.client.rpc('remove_member', { newsroom_id: newsroom.id, user_id: newsroom.admin.id })).error).toBeNull();
    expect(await membershipOf(newsroom.id, newsroom.admin.id)).toBeNull();
  });

  it('Demo Newsroom keeps its only admin too', async () => {
    const demote = await as.admin.rpc('set_member_role', { newsroom_id: demoNewsroomId, user_id: demoUserIds.admin, role: 'editor' });
    expect(demote.error?.message).toMatch(/keeps at least one admin/);
    expect(await membershipOf(demoNewsroomId, demoUserIds.admin)).toMatchObject({ role: 'admin' });
  });
});

describe('newsroom_members and newsroom_invitations are written only by the RPCs', () => {
  it('an admin cannot insert, update or delete memberships or invitations directly', async () => {
    const [admin, outsider] = await Promise.all([person('direct-admin'), person('direct-outsider')]);
    const newsroomId = await newsroomWith(admin);
    const before = await snapshot(newsroomId);
    const inserted = await admin.client.from('newsroom_members').insert({ newsroom_id: newsroomId, user_id: outsider.id, role: 'admin' });
    expect(inserted.error?.code).toBe('42501');
    const selfInserted = await outsider.client.from('newsroom_members').insert({ newsroom_id: demoNewsroomId, user_id: outsider.id, role: 'admin' });
    expect(selfInserted.error?.code).toBe('42501');
    const updated = await as.checker.from('newsroom_members').update({ role: 'admin' }).eq('user_id', demoUserIds.checker);
    expect(updated.error?.code).toBe('42501');
    const deleted = await admin.client.from('newsroom_members').delete().eq('newsroom_id', newsroomId);
    expect(deleted.error?.code).toBe('42501');
    const invited = await admin.client.from('newsroom_invitations').insert({ newsroom_id: newsroomId, email: outsider.email, role: 'admin' });
    expect(invited.error?.code).toBe('42501');
    expect(await snapshot(newsroomId)).toEqual(before);
    expect(await membershipOf(demoNewsroomId, outsider.id)).toBeNull();
    expect(await membershipOf(demoNewsroomId, demoUserIds.checker)).toMatchObject({ role: 'checker' });
  });

  it('members read their newsroom\'s memberships, and outsiders only their own', async () => {
    const { data } = await as.checker.from('newsroom_members').select('user_id, role').eq('newsroom_id', demoNewsroomId).order('user_id');
    expect(data).toEqual([
      { user_id: demoUserIds.checker, role: 'checker' },
      { user_id: demoUserIds.checker2, role: 'checker' },
      { user_id: demoUserIds.editor, role: 'editor' },
      { user_id: demoUserIds.admin, role: 'admin' },
    ]);
    for (const caller of [as.harbourAdmin, as.anon]) {
      const { data: outside } = await caller.from('newsroom_members').select('user_id').eq('newsroom_id', demoNewsroomId);
      expect(outside ?? []).toEqual([]);
    }
  });
});

describe('the membership audit', () => {
  it('is read by the newsroom\'s admins only, and written by nobody through the API', async () => {
    const { data: byAdmin, error } = await as.admin.from('newsroom_member_events').select('action, user_id').eq('newsroom_id', demoNewsroomId);
    expect(error).toBeNull();
    expect(byAdmin?.filter((e) => e.action === 'joined').map((e) => e.user_id)).toEqual(
      expect.arrayContaining([demoUserIds.checker, demoUserIds.checker2, demoUserIds.editor, demoUserIds.admin]),
    );
    for (const caller of [as.checker, as.editor, as.harbourAdmin, as.anon]) {
      const { data } = await caller.from('newsroom_member_events').select('id').eq('newsroom_id', demoNewsroomId);
      expect(data ?? []).toEqual([]);
    }
    const before = await memberEventsOf(demoNewsroomId);
    const forged = await as.admin.from('newsroom_member_events').insert({ newsroom_id: demoNewsroomId, action: 'removed' });
    expect(forged.error?.code).toBe('42501');
    const erased = await as.admin.from('newsroom_member_events').delete().eq('newsroom_id', demoNewsroomId);
    expect(erased.error?.code).toBe('42501');
    expect(await memberEventsOf(demoNewsroomId)).toEqual(before);
  });

  it('records a revocation with who revoked it', async () => {
    const address = `audited-${crypto.randomUUID()}@example.org`;
    const invitation = await invite(as.admin, demoNewsroomId, address, 'editor');
    expect((await as.admin.rpc('revoke_invitation', { invitation_id: invitation.id })).error).toBeNull();
    const trail = (await memberEventsOf(demoNewsroomId)).filter((e) => e.invitation_id === invitation.id);
    expect(trail.map((e) => [e.action, e.actor_id, e.email, e.to_role])).toEqual([
      ['invited', demoUserIds.admin, address, 'editor'],
      ['invitation_revoked', demoUserIds.admin, address, 'editor'],
    ]);
  });
});

describe('list_members', () => {
  it('gives the newsroom\'s admins every member\'s name, email, role and joining time, by name', async () => {
    const { data, error } = await as.admin.rpc('list_members', { newsroom_id: demoNewsroomId });
    expect(error).toBeNull();
    const demo = data!.filter((member) => member.email.endsWith('@example.com') && !member.email.includes('-'));
    expect(demo.map(({ display_name, email, role }) => [display_name, email, role])).toEqual([
      ['Demo Admin', 'admin@example.com', 'admin'],
      ['Demo Checker', 'checker@example.com', 'checker'],
      ['Demo Editor', 'editor@example.com', 'editor'],
      ['Second Checker', 'checker2@example.com', 'checker'],
    ]);
    for (const member of data!) expect(Date.parse(member.joined_at)).not.toBeNaN();
  });

  it('refuses everyone else: its editors and checkers, other newsrooms\' admins, anonymous callers', async () => {
    for (const caller of [as.editor, as.checker, as.harbourAdmin]) {
      const { data, error, status } = await caller.rpc('list_members', { newsroom_id: demoNewsroomId });
      expect(status).toBe(403);
      expect(error?.message).toBe("only the newsroom's admins list its members with their email addresses");
      expect(data).toBeNull();
    }
    const { error } = await as.anon.rpc('list_members', { newsroom_id: demoNewsroomId });
    expect(error).not.toBeNull();
  });
});

describe('an unconfirmed email address', () => {
  it('accepts no invitation, even one addressed to it: someone else may have signed up with it', async () => {
    const invitee = await person('unconfirmed');
    const invitation = await invite(as.admin, demoNewsroomId, invitee.email);
    await withDb(async (db) => {
      await db.query('update auth.users set email_confirmed_at = null where id = $1', [invitee.id]);
      // As PostgREST would run the call for this user's token.
      await db.query('begin');
      try {
        await db.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify({ sub: invitee.id, role: 'authenticated' })]);
        await db.query('set local role authenticated');
        await expect(db.query('select public.accept_invitation($1)', [invitation.id])).rejects.toThrow(
          'confirm your email address before accepting an invitation',
        );
      } finally {
        await db.query('rollback');
      }
    });
    expect(await membershipOf(demoNewsroomId, invitee.id)).toBeNull();
    expect((await rowOf('newsroom_invitations', invitation.id))?.accepted_at).toBeNull();
  });
});
