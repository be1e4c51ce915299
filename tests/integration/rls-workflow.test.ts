// The review workflow through its RPC functions: who may submit, review and publish,
// what each step records, and that nobody reviews their own claim.
import { describe, expect, it } from 'vitest';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeClaim, latestEventOf, rowOf, withDb } from '../support/rls-fixtures.ts';

const as = useCallers();

describe('submit_claim', () => {
  it('the author submits a complete draft: in review, version up, event with the actor', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const { data, error } = await as.checker.rpc('submit_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(error).toBeNull();
    expect(data).toMatchObject({ id: claim.id, status: 'in_review', version: 2 });
    expect(await latestEventOf(claim.id)).toMatchObject({ action: 'submitted', actor_id: demoUserIds.checker, from_status: 'draft', to_status: 'in_review' });
  });

  it('the author resubmits after changes were requested', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'changes_requested' });
    const { data, error } = await as.checker.rpc('submit_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'in_review', reviewed_by: null });
  });

  it('nobody else submits the author\'s claim, not even an admin', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await rowOf('claims', claim.id);
    for (const caller of [as.checker2, as.editor, as.admin]) {
      const { error, status } = await caller.rpc('submit_claim', { claim_id: claim.id, expected_version: claim.version });
      expect(status).toBe(403);
      expect(error?.message).toBe("only the claim's author can submit it");
    }
    expect(await rowOf('claims', claim.id)).toEqual(before);
  });

  it('a claim already in review cannot be submitted again', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { error, status } = await as.checker.rpc('submit_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/cannot submit: the claim is in review/);
  });

  it('anonymous callers cannot call it', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const { error } = await as.anon.rpc('submit_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(error).not.toBeNull();
    expect((await rowOf('claims', claim.id))?.status).toBe('draft');
  });
});

describe('review_claim', () => {
  it('an editor approves someone else\'s claim: approved, reviewer and time recorded', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { data, error } = await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: claim.version });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'approved', reviewed_by: demoUserIds.editor, version: 2 });
    expect(data?.reviewed_at).not.toBeNull();
    expect(await latestEventOf(claim.id)).toMatchObject({ action: 'approved', actor_id: demoUserIds.editor, from_status: 'in_review', to_status: 'approved' });
  });

  it('an editor requests changes with a note, which the trail keeps', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { data, error } = await as.editor.rpc('review_claim', {
      claim_id: claim.id,
      decision: 'request_changes',
      note: 'Cite the NBC report itself.',
      expected_version: claim.version,
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'changes_requested', reviewed_by: demoUserIds.editor });
    expect(await latestEventOf(claim.id)).toMatchObject({ action: 'changes_requested', actor_id: demoUserIds.editor, note: 'Cite the NBC report itself.' });
  });

  it('an admin reviews too', async () => {
    const claim = await arrangeClaim({ author: 'editor', status: 'in_review' });
    const { data, error } = await as.admin.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: claim.version });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'approved', reviewed_by: demoUserIds.admin });
  });

  it('checkers cannot review', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const before = await rowOf('claims', claim.id);
    const { error, status } = await as.checker2.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: claim.version });
    expect(status).toBe(403);
    expect(error?.message).toBe('only editors and admins review claims');
    expect(await rowOf('claims', claim.id)).toEqual(before);
  });

  it('four eyes: nobody reviews their own claim, editor or admin', async () => {
    for (const author of ['editor', 'admin'] as const) {
      const claim = await arrangeClaim({ author, status: 'in_review' });
      const before = await rowOf('claims', claim.id);
      const { error, status } = await as[author].rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: claim.version });
      expect(status).toBe(403);
      expect(error?.message).toMatch(/nobody reviews their own claim/);
      expect(await rowOf('claims', claim.id)).toEqual(before);
    }
  });

  it('requesting changes needs a note', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { error, status } = await as.editor.rpc('review_claim', {
      claim_id: claim.id,
      decision: 'request_changes',
      note: '  ',
      expected_version: claim.version,
    });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/a note is required when requesting changes/);
    expect((await rowOf('claims', claim.id))?.status).toBe('in_review');
  });

  it('only claims in review can be reviewed, with a known decision', async () => {
    const draft = await arrangeClaim({ author: 'checker' });
    const { error: notInReview } = await as.editor.rpc('review_claim', { claim_id: draft.id, decision: 'approve', expected_version: draft.version });
    expect(notInReview?.message).toMatch(/cannot review: the claim is draft/);
    const inReview = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { error: badDecision, status } = await as.editor.rpc('review_claim', {
      claim_id: inReview.id,
      decision: 'maybe',
      expected_version: inReview.version,
    });
    expect(status).toBe(400);
    expect(badDecision?.message).toMatch(/decision must be approve or request_changes/);
    expect((await rowOf('claims', inReview.id))?.status).toBe('in_review');
  });
});

describe('publish_claim', () => {
  it('an editor publishes an approved claim, which anonymous readers then see', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'approved' });
    const { data, error } = await as.editor.rpc('publish_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'published', version: 2 });
    expect(data?.published_at).not.toBeNull();
    expect(await latestEventOf(claim.id)).toMatchObject({ action: 'published', actor_id: demoUserIds.editor });
    const { data: seen } = await as.anon.from('claims').select('id').eq('id', claim.id);
    expect(seen).toEqual([{ id: claim.id }]);
  });

  it('checkers cannot publish', async () => {
    const claim = await arrangeClaim({ author: 'checker2', status: 'approved' });
    const { error, status } = await as.checker.rpc('publish_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(status).toBe(403);
    expect(error?.message).toBe('only editors and admins publish claims');
    expect((await rowOf('claims', claim.id))?.status).toBe('approved');
  });

  it('only approved claims can be published', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { error, status } = await as.editor.rpc('publish_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/only approved claims can be published/);
    expect((await rowOf('claims', claim.id))?.status).toBe('in_review');
  });

  it('an unknown claim is a 404', async () => {
    const { error, status } = await as.editor.rpc('publish_claim', { claim_id: '00000000-0000-4000-8000-000000000000', expected_version: 1 });
    expect(status).toBe(404);
    expect(error?.message).toMatch(/not found/);
  });
});

describe('the whole way, through the API only', () => {
  it('draft -> submitted -> changes requested -> resubmitted -> approved -> published, all in the trail', async () => {
    const { data: created } = await as.checker
      .from('claims')
      .insert({
        article_id: (await arrangeClaim()).articleId,
        quote_exact: 'beta gamma',
        start_offset: 6,
        end_offset: 16,
        claim_text: 'Beta is gamma.',
      })
      .select()
      .single();
    const id = created!.id;
    const saved = await as.checker.rpc('save_claim', {
      claim: { id, claim_text: 'Beta is gamma.', verdict_id: 'false', rationale: 'It is not.', version: 1 },
      sources: [{ url: 'https://example.org/x', stance: 'refutes' }],
    });
    expect(saved.error).toBeNull();
    expect((await as.checker.rpc('submit_claim', { claim_id: id, expected_version: 2 })).error).toBeNull();
    expect(
      (await as.editor.rpc('review_claim', { claim_id: id, decision: 'request_changes', note: 'Add a date.', expected_version: 3 })).error,
    ).toBeNull();
    expect((await as.checker.from('claims').update({ rationale: 'It is not, as of June.', version: 4 }).eq('id', id)).error).toBeNull();
    expect((await as.checker.rpc('submit_claim', { claim_id: id, expected_version: 5 })).error).toBeNull();
    expect((await as.admin.rpc('review_claim', { claim_id: id, decision: 'approve', expected_version: 6 })).error).toBeNull();
    const { data: published } = await as.editor.rpc('publish_claim', { claim_id: id, expected_version: 7 });
    expect(published).toMatchObject({ status: 'published', version: 8 });
    const trail = await withDb(async (db) =>
      (await db.query('select action, actor_id from public.claim_events where claim_id = $1 order by id', [id])).rows,
    );
    expect(trail).toEqual([
      { action: 'created', actor_id: demoUserIds.checker },
      { action: 'verdict_changed', actor_id: demoUserIds.checker },
      { action: 'edited', actor_id: demoUserIds.checker },
      { action: 'sources_changed', actor_id: demoUserIds.checker },
      { action: 'submitted', actor_id: demoUserIds.checker },
      { action: 'changes_requested', actor_id: demoUserIds.editor },
      { action: 'edited', actor_id: demoUserIds.checker },
      { action: 'submitted', actor_id: demoUserIds.checker },
      { action: 'approved', actor_id: demoUserIds.admin },
      { action: 'published', actor_id: demoUserIds.editor },
    ]);
  });
});
