// Who reads, creates, edits and deletes claims, through the REST API as each role of Demo
// Newsroom (newsroom-isolation.test.ts proves the walls between newsrooms).
import { describe, expect, it } from 'vitest';
import { demoUserIds, seedArticleId } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeArticle, arrangeClaim, countWhere, eventsOf, latestEventOf, marker, rowOf } from '../support/rls-fixtures.ts';

const as = useCallers();

function newClaim(claimText = marker('claim')) {
  return { article_id: seedArticleId, quote_exact: 'United States', start_offset: 0, end_offset: 13, claim_text: claimText };
}

describe('reading claims', () => {
  it('anonymous callers see published claims only', async () => {
    const articleId = await arrangeArticle();
    const published = await arrangeClaim({ articleId, status: 'published' });
    const others = await Promise.all(
      (['draft', 'in_review', 'changes_requested', 'approved'] as const).map((status) => arrangeClaim({ articleId, status })),
    );
    const { data, error } = await as.anon.from('claims').select('id, status').eq('article_id', articleId);
    expect(error).toBeNull();
    expect(data).toEqual([{ id: published.id, status: 'published' }]);
    const { data: direct } = await as.anon.from('claims').select('id').in('id', others.map((c) => c.id));
    expect(direct).toEqual([]);
  });

  it('members see their newsroom\'s claims in every status', async () => {
    const articleId = await arrangeArticle();
    for (const status of ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const) {
      await arrangeClaim({ articleId, status, author: 'checker2' });
    }
    const { data, error } = await as.checker.from('claims').select('status').eq('article_id', articleId);
    expect(error).toBeNull();
    expect(data?.map((c) => c.status).sort()).toEqual(['approved', 'changes_requested', 'draft', 'in_review', 'published']);
  });
});

describe('creating claims', () => {
  it('a checker creates a draft as themselves, at version 1, and the trail records it', async () => {
    const { data, error } = await as.checker.from('claims').insert(newClaim()).select().single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ created_by: demoUserIds.checker, status: 'draft', version: 1, reviewed_by: null });
    const events = await eventsOf(data!.id);
    expect(events).toMatchObject([{ action: 'created', actor_id: demoUserIds.checker, to_status: 'draft' }]);
  });

  it('nobody creates a claim in someone else\'s name', async () => {
    const claim = newClaim();
    const { error } = await as.checker.from('claims').insert({ ...claim, created_by: demoUserIds.checker2 });
    expect(error?.code).toBe('42501');
    expect(await countWhere('claims', 'claim_text', claim.claim_text)).toBe(0);
  });

  it('a new claim cannot start past draft, nor carry review fields', async () => {
    const claim = newClaim();
    const { error } = await as.editor.from('claims').insert({ ...claim, status: 'approved' });
    expect(error?.message).toMatch(/a new claim starts as a draft/);
    const { error: reviewed } = await as.editor
      .from('claims')
      .insert({ ...claim, reviewed_by: demoUserIds.editor, published_at: new Date().toISOString() });
    expect(reviewed?.message).toMatch(/set by the review workflow/);
    expect(await countWhere('claims', 'claim_text', claim.claim_text)).toBe(0);
  });

  it('anonymous callers create nothing', async () => {
    const claim = newClaim();
    const { error } = await as.anon.from('claims').insert(claim);
    expect(error).not.toBeNull();
    expect(await countWhere('claims', 'claim_text', claim.claim_text)).toBe(0);
  });
});

describe('editing claims', () => {
  it('the author edits their draft; the version goes up by one', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await rowOf('claims', claim.id);
    const { data, error } = await as.checker
      .from('claims')
      .update({ claimant: 'Stephen Miller', version: 1 })
      .eq('id', claim.id)
      .select()
      .single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ claimant: 'Stephen Miller', version: 2 });
    expect(new Date(data!.updated_at).getTime()).toBeGreaterThan((before!.updated_at as Date).getTime());
  });

  it('the author edits their claim while changes are requested', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'changes_requested' });
    const { data, error } = await as.checker.from('claims').update({ rationale: 'Better.', version: 1 }).eq('id', claim.id).select();
    expect(error).toBeNull();
    expect(data).toMatchObject([{ rationale: 'Better.', version: 2 }]);
  });

  it.each(['in_review', 'approved', 'published'] as const)('the author cannot edit their claim once %s', async (status) => {
    const claim = await arrangeClaim({ author: 'checker', status });
    const before = await rowOf('claims', claim.id);
    const { data, error } = await as.checker.from('claims').update({ claimant: 'changed', version: 1 }).eq('id', claim.id).select();
    expect(error).toBeNull();
    expect(data).toEqual([]);
    expect(await rowOf('claims', claim.id)).toEqual(before);
  });

  it('another checker cannot edit someone else\'s draft', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await rowOf('claims', claim.id);
    const { data } = await as.checker2.from('claims').update({ claimant: 'changed', version: 1 }).eq('id', claim.id).select();
    expect(data).toEqual([]);
    expect(await rowOf('claims', claim.id)).toEqual(before);
  });

  it('an editor edits any claim in review, but not someone else\'s draft', async () => {
    const inReview = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { data, error } = await as.editor.from('claims').update({ rationale: 'Tightened.', version: 1 }).eq('id', inReview.id).select();
    expect(error).toBeNull();
    expect(data).toMatchObject([{ rationale: 'Tightened.', version: 2, status: 'in_review' }]);

    const draft = await arrangeClaim({ author: 'checker' });
    const before = await rowOf('claims', draft.id);
    const { data: none } = await as.editor.from('claims').update({ rationale: 'No.', version: 1 }).eq('id', draft.id).select();
    expect(none).toEqual([]);
    expect(await rowOf('claims', draft.id)).toEqual(before);
  });

  it('a verdict change is recorded with the actor and both verdicts', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { error } = await as.editor.from('claims').update({ verdict_id: 'misleading', version: 1 }).eq('id', claim.id);
    expect(error).toBeNull();
    expect(await latestEventOf(claim.id)).toMatchObject({
      action: 'verdict_changed',
      actor_id: demoUserIds.editor,
      from_verdict: 'false',
      to_verdict: 'misleading',
    });
  });

  it('workflow fields cannot be set by an update, even by the author of a draft', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await rowOf('claims', claim.id);
    for (const change of [
      { created_by: demoUserIds.checker2 },
      { reviewed_by: demoUserIds.editor },
      { reviewed_at: new Date().toISOString() },
      { published_at: new Date().toISOString() },
    ]) {
      const { error } = await as.checker.from('claims').update({ ...change, version: 1 }).eq('id', claim.id);
      expect(error?.message).toMatch(/cannot be changed by an update/);
    }
    expect(await rowOf('claims', claim.id)).toEqual(before);
  });

  it('anonymous callers edit nothing, not even published claims', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const before = await rowOf('claims', claim.id);
    const { data } = await as.anon.from('claims').update({ claimant: 'anon', version: 1 }).eq('id', claim.id).select();
    expect(data ?? []).toEqual([]);
    expect(await rowOf('claims', claim.id)).toEqual(before);
  });
});

describe('deleting claims', () => {
  it('the author deletes their draft through delete_claim: its sources go, its trail stays and says so', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const trail = await eventsOf(claim.id);
    const { error } = await as.checker.rpc('delete_claim', { claim_id: claim.id });
    expect(error).toBeNull();
    expect(await rowOf('claims', claim.id)).toBeNull();
    expect(await countWhere('sources', 'claim_id', claim.id)).toBe(0);
    expect(await eventsOf(claim.id)).toEqual([
      ...trail,
      expect.objectContaining({ action: 'deleted', actor_id: demoUserIds.checker, from_status: 'draft', note: 'the author deleted their draft' }),
    ]);
  });

  it.each([
    ['in_review', 'this claim was submitted for review: only the newsroom\'s admins can delete it now'],
    ['changes_requested', 'this claim was submitted for review: only the newsroom\'s admins can delete it now'],
    ['approved', 'this claim was submitted for review: only the newsroom\'s admins can delete it now'],
    ['published', 'a claim that was published is never deleted: it stays on the public record'],
  ] as const)('the author cannot delete their claim once it is %s', async (status, message) => {
    const claim = await arrangeClaim({ author: 'checker', status });
    const before = await rowOf('claims', claim.id);
    const trail = await eventsOf(claim.id);
    const { error, status: httpStatus } = await as.checker.rpc('delete_claim', { claim_id: claim.id });
    expect(httpStatus).toBe(403);
    expect(error?.message).toBe(message);
    expect(await rowOf('claims', claim.id)).toEqual(before);
    expect(await eventsOf(claim.id)).toEqual(trail);
  });

  it('nobody but the author deletes a draft: not another checker, not an editor, not an anonymous caller', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    for (const caller of [as.checker2, as.editor]) {
      const { error, status } = await caller.rpc('delete_claim', { claim_id: claim.id });
      expect(status).toBe(403);
      expect(error?.message).toBe("only the claim's author (while it is a draft) or the newsroom's admins delete a claim");
    }
    const { error: anonymous } = await as.anon.rpc('delete_claim', { claim_id: claim.id });
    expect(anonymous).not.toBeNull();
    expect(await rowOf('claims', claim.id)).not.toBeNull();
    expect(await latestEventOf(claim.id)).not.toMatchObject({ action: 'deleted' });
  });

  it('a DELETE through the API deletes no claim, not even the author\'s draft or for an admin', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await rowOf('claims', claim.id);
    for (const caller of [as.checker, as.admin]) {
      const { error, status } = await caller.from('claims').delete().eq('id', claim.id).select('id');
      expect(status).toBe(403);
      expect(error?.code).toBe('42501');
    }
    expect(await rowOf('claims', claim.id)).toEqual(before);
  });

  it('an admin deletes someone else\'s claim that was never published, with a reason: its sources go, its trail stays with who and why', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'approved' });
    const trail = await eventsOf(claim.id);
    const { error: withoutReason, status } = await as.admin.rpc('delete_claim', { claim_id: claim.id, reason: '  ' });
    expect(status).toBe(400);
    expect(withoutReason?.message).toBe('say why this claim is deleted: the reason stays in its trail');
    expect(await rowOf('claims', claim.id)).not.toBeNull();

    const { error } = await as.admin.rpc('delete_claim', { claim_id: claim.id, reason: 'A duplicate of another claim.' });
    expect(error).toBeNull();
    expect(await rowOf('claims', claim.id)).toBeNull();
    expect(await countWhere('sources', 'claim_id', claim.id)).toBe(0);
    expect(await eventsOf(claim.id)).toEqual([
      ...trail,
      expect.objectContaining({
        action: 'deleted',
        actor_id: demoUserIds.admin,
        from_status: 'approved',
        note: 'A duplicate of another claim.',
      }),
    ]);
  });

  it('a published claim is never deleted, not even by an admin: it, its sources and its trail stay', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'published' });
    const before = await rowOf('claims', claim.id);
    const trail = await eventsOf(claim.id);
    const { error, status } = await as.admin.rpc('delete_claim', { claim_id: claim.id, reason: 'Out of date.' });
    expect(status).toBe(403);
    expect(error?.message).toBe('a claim that was published is never deleted: it stays on the public record');
    expect(await rowOf('claims', claim.id)).toEqual(before);
    expect(await countWhere('sources', 'claim_id', claim.id)).toBe(1);
    expect(await eventsOf(claim.id)).toEqual(trail);
  });
});
