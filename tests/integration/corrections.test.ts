// Corrections and retractions, in the open: a published fact-check is corrected through the
// same four-eyes review while its published revision stays public, or retracted by an admin
// with a public note; every publication is an immutable snapshot everyone may read.
import { describe, expect, it } from 'vitest';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers, type Client } from '../support/callers.ts';
import { arrangeClaim, claimAsRead, eventsOf, rowOf, verdictOf, withDb, type ArrangedClaim } from '../support/rls-fixtures.ts';

const as = useCallers();

async function publicationsOf(client: Client, claimId: string) {
  const { data, error } = await client
    .from('claim_publications')
    .select('revision, kind, verdict_label, note, claim_text, published_by_name, approved_by_name, sources')
    .eq('claim_id', claimId)
    .order('revision');
  expect(error).toBeNull();
  return data ?? [];
}

async function versionOf(claimId: string): Promise<number> {
  return (await rowOf('claims', claimId))!.version as number;
}

/** A published claim with a correction opened by the newsroom's editor. */
async function correctionOpenedByEditor(): Promise<ArrangedClaim> {
  const claim = await arrangeClaim({ status: 'published' });
  const { error } = await as.editor.rpc('start_correction', { claim_id: claim.id, expected_version: claim.version });
  expect(error).toBeNull();
  return { ...claim, version: claim.version + 1 };
}

async function saveAsEditor(claimId: string, changes: Record<string, string | null>) {
  const { claim, sources } = await claimAsRead(claimId);
  return as.editor.rpc('save_claim', { claim: { ...claim, ...changes }, sources });
}

describe('correcting a published claim', () => {
  it('an editor writes a correction while the published revision stays public; another editor approves; publishing adds a dated, explained revision', async () => {
    const claim = await correctionOpenedByEditor();
    expect(await rowOf('claims', claim.id)).toMatchObject({ status: 'draft', corrector_id: demoUserIds.editor });
    expect(await publicationsOf(as.anon, claim.id)).toMatchObject([{ revision: 1, kind: 'publication', verdict_label: 'False' }]);

    const mostlyFalse = await verdictOf('demo', 'Mostly false');
    const saved = await saveAsEditor(claim.id, { verdict_id: mostlyFalse, correction_note: 'The minister\'s office sent the full figures.' });
    expect(saved.error).toBeNull();
    // The public still reads what was approved, not the draft.
    expect(await publicationsOf(as.anon, claim.id)).toHaveLength(1);

    const submitted = await as.editor.rpc('submit_claim', { claim_id: claim.id, expected_version: await versionOf(claim.id) });
    expect(submitted.error).toBeNull();
    const ownApproval = await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: await versionOf(claim.id) });
    expect(ownApproval.status).toBe(403);
    expect(ownApproval.error?.message).toBe('you wrote this correction: another editor must review it');
    const blocker = await as.editor.rpc('approval_blocker', { claim_id: claim.id });
    expect(blocker.data).toBe('you wrote this correction: another editor must review it');

    expect((await as.admin.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: await versionOf(claim.id) })).error).toBeNull();
    const published = await as.editor.rpc('publish_claim', { claim_id: claim.id, expected_version: await versionOf(claim.id) });
    expect(published.error).toBeNull();
    expect(published.data).toMatchObject({ status: 'published', corrector_id: null, correction_note: null });

    expect(await publicationsOf(as.anon, claim.id)).toMatchObject([
      { revision: 1, kind: 'publication', verdict_label: 'False', note: null },
      {
        revision: 2,
        kind: 'correction',
        verdict_label: 'Mostly false',
        note: 'The minister\'s office sent the full figures.',
        approved_by_name: 'Demo Admin',
      },
    ]);
    const trail = (await eventsOf(claim.id)).map((event) => event.action);
    expect(trail).toEqual(expect.arrayContaining(['correction_started', 'submitted', 'approved', 'published']));
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({ action: 'published', note: 'The minister\'s office sent the full figures.' });
  });

  it('a correction is submitted only with a public note saying what changed and why', async () => {
    const claim = await correctionOpenedByEditor();
    const refused = await as.editor.rpc('submit_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toBe('cannot submit: add a correction note saying what changed and why');
    expect(await rowOf('claims', claim.id)).toMatchObject({ status: 'draft' });
  });

  it('only editors and admins of the newsroom open a correction, of a published claim, at the version they read', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const checker = await as.checker.rpc('start_correction', { claim_id: claim.id, expected_version: claim.version });
    expect(checker.status).toBe(403);
    const outsider = await as.harbourAdmin.rpc('start_correction', { claim_id: claim.id, expected_version: claim.version });
    expect(outsider.status).toBe(404);
    const stale = await as.editor.rpc('start_correction', { claim_id: claim.id, expected_version: claim.version - 1 });
    expect(stale.status).toBe(409);
    const anonymous = await as.anon.rpc('start_correction', { claim_id: claim.id, expected_version: claim.version });
    expect([401, 403, 404]).toContain(anonymous.status);
    expect(await rowOf('claims', claim.id)).toMatchObject({ status: 'published', corrector_id: null });

    const approved = await arrangeClaim({ status: 'approved' });
    const unpublished = await as.editor.rpc('start_correction', { claim_id: approved.id, expected_version: approved.version });
    expect(unpublished.status).toBe(400);
  });

  it('while a correction is open only its editor writes it: the checker who made the claim does not', async () => {
    const claim = await correctionOpenedByEditor();
    const { claim: row, sources } = await claimAsRead(claim.id);
    const byChecker = await as.checker.rpc('save_claim', { claim: { ...row, claim_text: 'Rewritten by the checker.' }, sources });
    expect(byChecker.status).toBe(403);
    const submitByChecker = await as.checker.rpc('submit_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(submitByChecker.status).toBe(403);
    expect(submitByChecker.error?.message).toBe('only the editor writing this correction can submit it');
  });

  it('nobody sets who writes a correction or a correction note by a plain update', async () => {
    const published = await arrangeClaim({ status: 'draft' });
    const note = await as.checker
      .from('claims')
      .update({ correction_note: 'Sneaked in', version: published.version })
      .eq('id', published.id);
    expect(note.status).toBe(403);
    expect(note.error?.message).toMatch(/a correction note belongs to a correction/);
    const claim = await correctionOpenedByEditor();
    const handOver = await as.editor.from('claims').update({ corrector_id: demoUserIds.admin, version: claim.version }).eq('id', claim.id);
    expect(handOver.status).toBe(403);
    expect(handOver.error?.message).toBe('corrector_id is set by start_correction, not by an update');
    // Row-level security hides the correction from everyone but its editor.
    const takeover = await as.admin.from('claims').update({ corrector_id: demoUserIds.admin, version: claim.version }).eq('id', claim.id).select();
    expect(takeover.data).toEqual([]);
    expect(await rowOf('claims', claim.id)).toMatchObject({ corrector_id: demoUserIds.editor, version: claim.version });
  });

  it('discarding a correction puts back the claim as it was published, sources included', async () => {
    const claim = await correctionOpenedByEditor();
    const { claim: row } = await claimAsRead(claim.id);
    const changed = await as.editor.rpc('save_claim', {
      claim: { ...row, claim_text: 'A rewritten claim.', correction_note: 'Draft note.' },
      sources: [{ url: 'https://example.org/other', title: 'Other', stance: 'supports' }],
    });
    expect(changed.error).toBeNull();
    const byChecker = await as.checker.rpc('discard_correction', { claim_id: claim.id, expected_version: await versionOf(claim.id) });
    expect(byChecker.status).toBe(403);

    const discarded = await as.editor.rpc('discard_correction', { claim_id: claim.id, expected_version: await versionOf(claim.id) });
    expect(discarded.error).toBeNull();
    expect(discarded.data).toMatchObject({ status: 'published', claim_text: claim.claimText, corrector_id: null, correction_note: null });
    const { sources } = await claimAsRead(claim.id);
    expect(sources).toMatchObject([{ url: 'https://example.org/evidence', title: 'Evidence', stance: 'refutes' }]);
    expect(await publicationsOf(as.anon, claim.id)).toHaveLength(1);
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({ action: 'correction_discarded', actor_id: demoUserIds.editor });
  });
});

describe('retracting a published claim', () => {
  it('an admin retracts with a public note: a retraction replaces the verdict, and the claim changes no more', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const byEditor = await as.editor.rpc('retract_claim', { claim_id: claim.id, expected_version: claim.version, note: 'Wrong figures.' });
    expect(byEditor.status).toBe(403);
    const withoutNote = await as.admin.rpc('retract_claim', { claim_id: claim.id, expected_version: claim.version, note: '  ' });
    expect(withoutNote.status).toBe(400);
    expect(withoutNote.error?.message).toMatch(/say why the fact-check is retracted/);

    const retracted = await as.admin.rpc('retract_claim', {
      claim_id: claim.id,
      expected_version: claim.version,
      note: 'The quote was not the minister\'s: it was a parody account.',
    });
    expect(retracted.error).toBeNull();
    expect(retracted.data).toMatchObject({ status: 'retracted' });
    expect(await publicationsOf(as.anon, claim.id)).toMatchObject([
      { revision: 1, kind: 'publication', verdict_label: 'False' },
      { revision: 2, kind: 'retraction', verdict_label: null, sources: [], note: 'The quote was not the minister\'s: it was a parody account.' },
    ]);

    const version = await versionOf(claim.id);
    const again = await as.editor.rpc('start_correction', { claim_id: claim.id, expected_version: version });
    expect(again.status).toBe(400);
    const { claim: row, sources } = await claimAsRead(claim.id);
    const edit = await as.admin.rpc('save_claim', { claim: { ...row, claim_text: 'Quietly changed.' }, sources });
    expect(edit.status).toBe(403);
    const deletion = await as.admin.rpc('delete_claim', { claim_id: claim.id, reason: 'Tidying up.' });
    expect(deletion.status).toBe(403);
    expect(await rowOf('claims', claim.id)).toMatchObject({ status: 'retracted', claim_text: claim.claimText });
  });

  it('retracting a claim under correction retracts what was published, not the draft', async () => {
    const claim = await correctionOpenedByEditor();
    expect((await saveAsEditor(claim.id, { claim_text: 'Unapproved words.', correction_note: 'Draft.' })).error).toBeNull();
    const retracted = await as.admin.rpc('retract_claim', { claim_id: claim.id, expected_version: await versionOf(claim.id), note: 'Withdrawn.' });
    expect(retracted.error).toBeNull();
    expect(retracted.data).toMatchObject({ status: 'retracted', claim_text: claim.claimText, corrector_id: null });
    expect((await publicationsOf(as.anon, claim.id)).at(-1)).toMatchObject({ kind: 'retraction', claim_text: claim.claimText });
  });
});

describe('the public record', () => {
  it('publications are never changed or deleted, by any API role or even the database owner', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    for (const caller of [as.admin, as.anon]) {
      const update = await caller.from('claim_publications').update({ note: 'rewritten' }).eq('claim_id', claim.id).select();
      expect(update.data ?? []).toEqual([]);
      const removal = await caller.from('claim_publications').delete().eq('claim_id', claim.id).select();
      expect(removal.data ?? []).toEqual([]);
      const insert = await caller.from('claim_publications').insert({
        claim_id: claim.id,
        article_id: claim.articleId,
        newsroom_id: (await rowOf('articles', claim.articleId))!.newsroom_id as string,
        revision: 9,
        kind: 'publication',
        claim_text: 'Invented',
        claimant_kind: 'person',
        quote_exact: 'beta gamma',
        verdict_label: 'True',
        published_by_name: 'Nobody',
      });
      expect(insert.error).not.toBeNull();
    }
    await withDb(async (db) => {
      await expect(db.query('update public.claim_publications set note = $1 where claim_id = $2', ['x', claim.id])).rejects.toThrow(/never changed/);
      await expect(db.query('delete from public.claim_publications where claim_id = $1', [claim.id])).rejects.toThrow(/never changed/);
    });
    expect(await publicationsOf(as.anon, claim.id)).toMatchObject([{ revision: 1, note: null }]);
  });

  it('a publication carries the claimant as a person or an organisation, and when and where the claim was made', async () => {
    const claim = await arrangeClaim({ status: 'in_review' });
    const { claim: row, sources } = await claimAsRead(claim.id);
    const badUrl = await as.editor.rpc('save_claim', { claim: { ...row, claim_appearance_url: 'javascript:alert(1)' }, sources });
    expect(badUrl.status).toBe(400);
    const saved = await as.editor.rpc('save_claim', {
      claim: { ...row, claimant: 'Ministry of the Interior', claimant_kind: 'organization', claim_date: '2025-11-14', claim_appearance_url: 'https://example.org/briefing' },
      sources,
    });
    expect(saved.error).toBeNull();
    expect((await as.admin.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: await versionOf(claim.id) })).error).toBeNull();
    expect((await as.admin.rpc('publish_claim', { claim_id: claim.id, expected_version: await versionOf(claim.id) })).error).toBeNull();
    const { data } = await as.anon
      .from('claim_publications')
      .select('claimant, claimant_kind, claim_date, claim_appearance_url, quote_exact, quote_sentence')
      .eq('claim_id', claim.id)
      .single();
    expect(data).toEqual({
      claimant: 'Ministry of the Interior',
      claimant_kind: 'organization',
      claim_date: '2025-11-14',
      claim_appearance_url: 'https://example.org/briefing',
      quote_exact: 'beta gamma',
      quote_sentence: 'Alpha beta gamma delta.',
    });
  });
});
