// Issue 9's probes of claims, sources and their trail, each from the attacker's side (refused,
// nothing changed) and the honest side (still works): four eyes on the final words, a version
// on every write, a trail that outlives claims and users, bounded bulk writes, invisible
// text, and creation stamps only the database sets.
import { describe, expect, it } from 'vitest';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { serviceClient } from '../support/clients.ts';
import { arrangeArticle, arrangeClaim, countWhere, eventsOf, rowOf, verdictOf, withDb } from '../support/rls-fixtures.ts';
import { useThrowaways } from '../support/throwaways.ts';

const as = useCallers();
const throwaways = useThrowaways();

async function versionOf(claimId: string): Promise<number> {
  return (await rowOf('claims', claimId))!.version as number;
}

async function markSubmitted(claimId: string) {
  await withDb((db) =>
    db.query(
      `insert into public.claim_events (claim_id, actor_id, action, from_status, to_status)
       values ($1, (select created_by from public.claims where id = $1), 'submitted', 'draft', 'in_review')`,
      [claimId],
    ),
  );
}

describe('four eyes on the final words', () => {
  it('an editor who changed the verdict in review may not approve it; another editor may, and sees the new verdict', async () => {
    const claim = await arrangeClaim({ status: 'in_review' });
    await markSubmitted(claim.id);
    const misleading = await verdictOf('demo', 'Misleading');
    const edited = await as.editor.from('claims').update({ verdict_id: misleading, version: 1 }).eq('id', claim.id).select('version').single();
    expect(edited.error).toBeNull();

    const { data: blocker } = await as.editor.rpc('approval_blocker', { claim_id: claim.id });
    expect(blocker).toBe('you changed this claim while it was in review: another editor must approve it, so that a second person sees its final words');
    const refused = await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: 2 });
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toBe(blocker);
    expect(await rowOf('claims', claim.id)).toMatchObject({ status: 'in_review', reviewed_by: null });

    // Sending it back is still theirs to do; approving is the other editor's.
    expect((await as.admin.rpc('approval_blocker', { claim_id: claim.id })).data).toBeNull();
    const approved = await as.admin.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: 2 });
    expect(approved.error).toBeNull();
    expect(await rowOf('claims', claim.id)).toMatchObject({ status: 'approved', verdict_id: misleading, reviewed_by: demoUserIds.admin });
  });

  it('changing only the sources counts too, and is in the trail', async () => {
    const claim = await arrangeClaim({ status: 'in_review' });
    await markSubmitted(claim.id);
    const stored = (await rowOf('claims', claim.id))!;
    const { error } = await as.editor.rpc('save_claim', {
      claim: { id: claim.id, claim_text: stored.claim_text, claimant: stored.claimant, verdict_id: stored.verdict_id, rationale: stored.rationale, version: 1 } as never,
      sources: [{ url: 'https://example.org/only-this', stance: 'refutes' }],
    });
    expect(error).toBeNull();
    expect((await eventsOf(claim.id)).map((event) => [event.action, event.actor_id])).toContainEqual(['sources_changed', demoUserIds.editor]);
    const refused = await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: 2 });
    expect(refused.error?.message).toMatch(/another editor must approve it/);
    const sentBack = await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'request_changes', note: 'Source?', expected_version: 2 });
    expect(sentBack.error).toBeNull();
  });

  it('an editor who only read the claim approves it', async () => {
    const claim = await arrangeClaim({ status: 'in_review' });
    await markSubmitted(claim.id);
    expect((await as.editor.rpc('approval_blocker', { claim_id: claim.id })).data).toBeNull();
    expect((await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: 1 })).error).toBeNull();
  });
});

describe('a version on every write', () => {
  it('a PATCH without the version is refused (428) and changes nothing; with a stale one 409; with the right one it passes', async () => {
    const claim = await arrangeClaim();
    const before = await rowOf('claims', claim.id);
    const missing = await as.checker.from('claims').update({ claimant: 'Lost update' }).eq('id', claim.id);
    expect(missing.status).toBe(428);
    expect(missing.error?.message).toMatch(/send the version of the claim you read/);
    const stale = await as.checker.from('claims').update({ claimant: 'Lost update', version: 7 }).eq('id', claim.id);
    expect(stale.status).toBe(409);
    expect(await rowOf('claims', claim.id)).toEqual(before);
    const honest = await as.checker.from('claims').update({ claimant: 'Honest', version: 1 }).eq('id', claim.id).select('version').single();
    expect(honest.data).toEqual({ version: 2 });
  });

  it('a PATCH that would change several claims is refused and changes none', async () => {
    const articleId = await arrangeArticle();
    const claims = [await arrangeClaim({ articleId, status: 'in_review' }), await arrangeClaim({ articleId, status: 'in_review' })];
    const bulk = await as.editor.from('claims').update({ claimant: 'BULK', version: 1 }).eq('article_id', articleId);
    expect(bulk.status).toBe(400);
    expect(bulk.error?.message).toMatch(/update one claim at a time: this update would change 2 claims/);
    const unfiltered = await as.editor.from('claims').update({ claimant: 'BULK', version: 1 }).neq('id', '00000000-0000-4000-8000-000000000000');
    expect(unfiltered.error).not.toBeNull();
    expect(await countWhere('claims', 'claimant', 'BULK')).toBe(0);
    for (const claim of claims) expect(await versionOf(claim.id)).toBe(1);
  });

  it('the workflow steps require expected_version', async () => {
    const claim = await arrangeClaim({ status: 'in_review' });
    for (const [step, args] of [
      ['review_claim', { claim_id: claim.id, decision: 'approve' }],
      ['publish_claim', { claim_id: claim.id }],
      ['submit_claim', { claim_id: claim.id }],
    ] as const) {
      const { status, error } = await as.editor.rpc(step, args as never);
      expect(status, step).toBe(428);
      expect(error?.message, step).toBe('send expected_version, the version of the claim you decided on');
    }
    expect(await rowOf('claims', claim.id)).toMatchObject({ status: 'in_review', version: 1 });
  });

  it('a published claim is changed by no update, not even the service role\'s', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const before = await rowOf('claims', claim.id);
    const falseVerdict = await verdictOf('demo', 'True');
    const byService = await serviceClient().from('claims').update({ verdict_id: falseVerdict, version: 1 }).eq('id', claim.id);
    expect(byService.status).toBe(403);
    expect(byService.error?.message).toMatch(/a published claim cannot be changed by an update/);
    expect(await rowOf('claims', claim.id)).toEqual(before);
  });

  it('sources change only with their claim: a direct POST, PATCH or DELETE is refused; save_claim works', async () => {
    const claim = await arrangeClaim();
    const [source] = await withDb(async (db) => (await db.query('select id from public.sources where claim_id = $1', [claim.id])).rows as { id: string }[]);
    const inserted = await as.checker.from('sources').insert({ claim_id: claim.id, url: 'https://example.org/slipped-in', stance: 'supports' });
    expect(inserted.status).toBe(403);
    expect(inserted.error?.message).toMatch(/sources change only with their claim/);
    const edited = await as.checker.from('sources').update({ title: 'Slipped' }).eq('id', source!.id).select();
    expect(edited.error?.message).toMatch(/sources change only with their claim/);
    const removed = await as.checker.from('sources').delete().eq('id', source!.id).select();
    expect(removed.error?.message).toMatch(/sources change only with their claim/);
    expect(await countWhere('sources', 'claim_id', claim.id)).toBe(1);
    expect(await versionOf(claim.id)).toBe(1);
  });

  it('article text is written only by save_article_text, which requires the updated_at read', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const before = await rowOf('articles', articleId);
    const patched = await as.checker.from('articles').update({ body_text: 'Invented words.' }).eq('id', articleId);
    expect(patched.status).toBe(403);
    expect(patched.error?.message).toMatch(/permission denied/);
    const withoutVersion = await as.checker.rpc('save_article_text', {
      article_id: articleId,
      body: before!.body as never,
      body_text: before!.body_text as string,
      anchors: [],
    });
    expect(withoutVersion.status).toBe(428);
    expect(await rowOf('articles', articleId)).toEqual(before);
    // Metadata stays editable by its creator.
    const retitled = await as.checker.from('articles').update({ title: 'A better title' }).eq('id', articleId).select('title').single();
    expect(retitled.data).toEqual({ title: 'A better title' });
  });
});

describe('a trail that outlives everything', () => {
  it('a published claim is never deleted, by DELETE or delete_claim, not even by an admin; its trail stays', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const trail = await eventsOf(claim.id);
    const direct = await as.admin.from('claims').delete().eq('id', claim.id);
    expect(direct.error).not.toBeNull();
    const rpc = await as.admin.rpc('delete_claim', { claim_id: claim.id, reason: 'Embarrassing' });
    expect(rpc.status).toBe(403);
    expect(rpc.error?.message).toBe('a claim that was published is never deleted: it stays on the public record');
    const articleDeletion = await as.admin.from('articles').delete().eq('id', claim.articleId);
    expect(articleDeletion.error?.message).toBe('an article with a published claim is never deleted: its fact-checks stay on the public record');
    expect(await rowOf('claims', claim.id)).not.toBeNull();
    expect(await eventsOf(claim.id)).toEqual(trail);
  });

  it('an admin deletes an unpublished claim with a reason; its trail stays, with who and why', async () => {
    const claim = await arrangeClaim({ status: 'in_review' });
    const noReason = await as.admin.rpc('delete_claim', { claim_id: claim.id });
    expect(noReason.status).toBe(400);
    expect(noReason.error?.message).toMatch(/say why this claim is deleted/);
    const byEditor = await as.editor.rpc('delete_claim', { claim_id: claim.id, reason: 'Duplicate' });
    expect(byEditor.status).toBe(403);
    expect(await rowOf('claims', claim.id)).not.toBeNull();

    const { error } = await as.admin.rpc('delete_claim', { claim_id: claim.id, reason: 'Duplicate of another claim' });
    expect(error).toBeNull();
    expect(await rowOf('claims', claim.id)).toBeNull();
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({
      action: 'deleted',
      actor_id: demoUserIds.admin,
      actor_name: 'Demo Admin',
      from_status: 'in_review',
      note: 'Duplicate of another claim',
    });
  });

  it('the author deletes their draft until it is submitted, and not after', async () => {
    const draft = await arrangeClaim();
    expect((await as.checker.rpc('delete_claim', { claim_id: draft.id })).error).toBeNull();
    expect((await eventsOf(draft.id)).at(-1)).toMatchObject({ action: 'deleted', note: 'the author deleted their draft' });
    const sentBack = await arrangeClaim({ status: 'changes_requested' });
    const refused = await as.checker.rpc('delete_claim', { claim_id: sentBack.id });
    expect(refused.error?.message).toMatch(/only the newsroom's admins can delete it now/);
    const someoneElses = await arrangeClaim({ author: 'checker2' });
    expect((await as.checker.rpc('delete_claim', { claim_id: someoneElses.id })).status).toBe(403);
  });

  it('nobody changes or deletes an event, the service role included', async () => {
    const claim = await arrangeClaim();
    const trail = await eventsOf(claim.id);
    const event = trail[0];
    const service = serviceClient();
    const changed = await service.from('claim_events').update({ note: 'rewritten' }).eq('id', event!.id as number);
    expect(changed.error).not.toBeNull();
    const removed = await service.from('claim_events').delete().eq('id', event!.id as number);
    expect(removed.error).not.toBeNull();
    const bySuperuser = withDb((db) => db.query('delete from public.claim_events where id = $1', [event!.id]));
    await expect(bySuperuser).rejects.toThrow(/the audit trail is never changed or deleted/);
    expect(await eventsOf(claim.id)).toEqual(trail);
  });

  it('deleting a user keeps them in the trail by id and name, and their profile marked deleted', async () => {
    const person = await throwaways.signUpStranger('departing-checker');
    const newsroom = await throwaways.arrangeNewsroom({ [person.id]: 'checker' });
    const articleId = await withDb(async (db) =>
      (await db.query<{ id: string }>(
        `insert into public.articles (newsroom_id, title, body, body_text, created_by) values ($1, 'Departing', $2, 'Alpha beta gamma.', $3) returning id`,
        [newsroom.id, JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Alpha beta gamma.' }] }] }), person.id],
      )).rows[0]!.id,
    );
    const created = await person.client.rpc('save_claim', {
      claim: { id: crypto.randomUUID(), article_id: articleId, quote_exact: 'beta', start_offset: 6, end_offset: 10, claim_text: 'Beta is so.' },
      sources: [],
    });
    expect(created.error).toBeNull();
    await withDb((db) => db.query('delete from auth.users where id = $1', [person.id]));

    expect(await eventsOf(created.data!.id)).toMatchObject([{ action: 'created', actor_id: person.id, actor_name: 'departing-checker' }]);
    expect(await rowOf('claims', created.data!.id)).toMatchObject({ created_by: person.id });
    expect((await rowOf('profiles', person.id))?.deleted_at).not.toBeNull();
    expect(await countWhere('newsroom_members', 'user_id', person.id)).toBe(0);
  });

  it('nobody marks their own profile deleted, or brings a deleted one back, through the API', async () => {
    const { status, error } = await as.checker2.from('profiles').update({ deleted_at: new Date().toISOString() }).eq('id', demoUserIds.checker2);
    expect(status).toBe(403);
    expect(error?.message).toBe('a profile is marked deleted only when its account is deleted');
    expect((await rowOf('profiles', demoUserIds.checker2))?.deleted_at).toBeNull();
    expect((await as.checker2.from('profiles').update({ display_name: 'Second Checker, renamed' }).eq('id', demoUserIds.checker2)).error).toBeNull();
    await withDb((db) => db.query("update public.profiles set display_name = 'Second Checker' where id = $1", [demoUserIds.checker2]));
  });

  it('a change without a signed-in user is the system\'s', async () => {
    const claim = await arrangeClaim();
    const { error } = await serviceClient().from('claims').update({ claimant: 'Fixed by a script', version: 1 }).eq('id', claim.id);
    expect(error).toBeNull();
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({ action: 'edited', actor_id: null, actor_name: 'system' });
  });
});

describe('bounded and visible input', () => {
  it('one comment per request', async () => {
    const claim = await arrangeClaim();
    const many = await as.checker.from('claim_comments').insert([
      { claim_id: claim.id, body: 'One' },
      { claim_id: claim.id, body: 'Two' },
    ]);
    expect(many.status).toBe(400);
    expect(many.error?.message).toBe('add one comment at a time (this request adds 2)');
    expect(await countWhere('claim_comments', 'claim_id', claim.id)).toBe(0);
    expect((await as.checker.from('claim_comments').insert({ claim_id: claim.id, body: 'One' })).error).toBeNull();
  });

  it('at most 50 sources a claim', async () => {
    const claim = await arrangeClaim({ complete: false });
    const stored = (await rowOf('claims', claim.id))!;
    const save = (count: number, version: number) =>
      as.checker.rpc('save_claim', {
        claim: { id: claim.id, claim_text: stored.claim_text, version } as never,
        sources: Array.from({ length: count }, (_, index) => ({ url: `https://example.org/${index}`, stance: 'context' })),
      });
    const tooMany = await save(51, 1);
    expect(tooMany.error?.message).toMatch(/a claim has at most 50 sources/);
    expect(await countWhere('sources', 'claim_id', claim.id)).toBe(0);
    expect((await save(50, 1)).error).toBeNull();
    expect(await countWhere('sources', 'claim_id', claim.id)).toBe(50);
  });

  it.each([
    [{ display_name: '\t' }, 'sam'],
    [{ display_name: '\u200b', full_name: ' Sam Reporter ' }, 'Sam Reporter'],
    [{ name: '\u00a0\u2060' }, 'sam'],
  ])('a new account named %j starts as "%s", never failing its sign-up', async (metadata, expected) => {
    const name = await withDb(async (db) =>
      (await db.query<{ name: string }>('select public.initial_display_name($1, $2) as name', [metadata, 'sam@example.com'])).rows[0]!.name,
    );
    expect(name).toBe(expected);
  });

  it('text made only of invisible characters says nothing, and is refused', async () => {
    const claim = await arrangeClaim();
    const invisible = '\u200b\u200d\u2060\ufeff \u00a0';
    const comment = await as.checker.from('claim_comments').insert({ claim_id: claim.id, body: invisible });
    expect(comment.error?.message).toMatch(/claim_comments_body_must_have_visible_text/);
    const edited = await as.checker.from('claims').update({ claim_text: invisible, version: 1 }).eq('id', claim.id);
    expect(edited.error?.message).toMatch(/claims_claim_text_must_have_visible_text/);
    expect(await versionOf(claim.id)).toBe(1);
    expect((await as.checker.from('claim_comments').insert({ claim_id: claim.id, body: 'Zero\u200bwidth inside is fine' })).error).toBeNull();
  });
});

describe('creation stamps are the database\'s', () => {
  it('a comment\'s created_at is the database\'s time, whatever the client sent', async () => {
    const claim = await arrangeClaim();
    const { data } = await as.checker
      .from('claim_comments')
      .insert({ claim_id: claim.id, body: 'Backdated?', created_at: '2001-01-01T00:00:00Z' })
      .select('created_at')
      .single();
    expect(new Date(data!.created_at).getFullYear()).toBeGreaterThan(2001);
  });

  it('an article\'s created_at and created_by cannot be rewritten by its creator or an editor', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const before = await rowOf('articles', articleId);
    for (const caller of [as.checker, as.editor]) {
      const { error } = await caller.from('articles').update({ created_at: '2001-01-01T00:00:00Z', created_by: demoUserIds.checker2 }).eq('id', articleId);
      expect(error?.message).toMatch(/permission denied/);
    }
    expect(await rowOf('articles', articleId)).toEqual(before);
  });
});
