// Sources follow their claim: readable with it, written by whoever may edit the claim, and
// only together with it (save_claim with the claim's version), never on their own.
import { describe, expect, it } from 'vitest';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import {
  arrangeArticle,
  arrangeClaim,
  arrangeSource,
  claimAsRead,
  countWhere,
  latestEventOf,
  marker,
  rowOf,
} from '../support/rls-fixtures.ts';

const as = useCallers();

function source(claimId: string) {
  return { claim_id: claimId, url: 'https://example.org/report', title: marker('source'), stance: 'supports' };
}

const onlyWithTheirClaim = "sources change only with their claim: send them to save_claim with the claim's version";

describe('reading sources', () => {
  it('anonymous callers see the sources of published claims only', async () => {
    const articleId = await arrangeArticle();
    const published = await arrangeClaim({ articleId, status: 'published' });
    const approved = await arrangeClaim({ articleId, status: 'approved' });
    const { data, error } = await as.anon.from('sources').select('claim_id').in('claim_id', [published.id, approved.id]);
    expect(error).toBeNull();
    expect(data).toEqual([{ claim_id: published.id }]);
  });

  it('anonymous embedding does not leak unpublished claims or their sources', async () => {
    const articleId = await arrangeArticle();
    const published = await arrangeClaim({ articleId, status: 'published' });
    await arrangeClaim({ articleId, status: 'in_review' });
    const { data, error } = await as.anon.from('articles').select('id, claims(id, sources(id))').eq('id', articleId).single();
    expect(error).toBeNull();
    expect(data?.claims.map((c) => c.id)).toEqual([published.id]);
    expect(data?.claims[0]?.sources).toHaveLength(1);
  });

  it('members see the sources of every claim of their newsroom', async () => {
    const claim = await arrangeClaim({ author: 'checker2', status: 'draft' });
    const { data } = await as.checker.from('sources').select('id').eq('claim_id', claim.id);
    expect(data).toHaveLength(1);
  });
});

describe('adding sources', () => {
  it('the author adds sources to their draft and to their claim with changes requested, with the claim', async () => {
    for (const status of ['draft', 'changes_requested'] as const) {
      const claim = await arrangeClaim({ author: 'checker', status });
      const read = await claimAsRead(claim.id);
      const { claim_id: _claimId, ...added } = source(claim.id);
      const { error } = await as.checker.rpc('save_claim', { claim: read.claim, sources: [...read.sources, added] });
      expect(error).toBeNull();
      const stored = (await claimAsRead(claim.id)).sources.find((s) => s.title === added.title);
      expect(stored).toBeDefined();
      expect((await rowOf('sources', stored!.id as string))?.created_by).toBe(demoUserIds.checker);
    }
  });

  it('an editor adds sources to a claim in review, with the claim', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const read = await claimAsRead(claim.id);
    const { claim_id: _claimId, ...added } = source(claim.id);
    const { error } = await as.editor.rpc('save_claim', { claim: read.claim, sources: [...read.sources, added] });
    expect(error).toBeNull();
    expect(await countWhere('sources', 'title', added.title)).toBe(1);
  });

  it('nobody adds sources to a claim they may not edit', async () => {
    const cases = [
      { caller: as.checker2, claim: await arrangeClaim({ author: 'checker' }) },
      { caller: as.checker, claim: await arrangeClaim({ author: 'checker', status: 'in_review' }) },
      { caller: as.editor, claim: await arrangeClaim({ author: 'checker' }) },
      { caller: as.admin, claim: await arrangeClaim({ author: 'checker', status: 'published' }) },
      { caller: as.anon, claim: await arrangeClaim({ author: 'checker', status: 'published' }) },
    ];
    for (const { caller, claim } of cases) {
      const read = await claimAsRead(claim.id);
      const { claim_id: _claimId, ...added } = source(claim.id);
      const { error } = await caller.rpc('save_claim', { claim: read.claim, sources: [...read.sources, added] });
      expect(error).not.toBeNull();
      expect(await countWhere('sources', 'title', added.title)).toBe(0);
    }
  });

  it('a source is never added on its own, not even by the author of a draft', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const row = source(claim.id);
    const { error, status } = await as.checker.from('sources').insert(row);
    expect(status).toBe(403);
    expect(error?.message).toBe(onlyWithTheirClaim);
    expect(await countWhere('sources', 'title', row.title)).toBe(0);
  });

  it('nobody adds a source in someone else\'s name', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const read = await claimAsRead(claim.id);
    const { claim_id: _claimId, ...added } = { ...source(claim.id), created_by: demoUserIds.checker2 };
    const { error: saved } = await as.checker.rpc('save_claim', { claim: read.claim, sources: [...read.sources, added] });
    expect(saved?.message).toBe('sources have fields save_claim does not set: created_by');
    const { error } = await as.checker.from('sources').insert({ ...source(claim.id), title: added.title, created_by: demoUserIds.checker2 });
    expect(error?.code).toBe('42501');
    expect(await countWhere('sources', 'title', added.title)).toBe(0);
  });
});

describe('editing and removing sources', () => {
  it('the author edits a source of their draft, with the claim, and the trail says so', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const id = await arrangeSource(claim.id);
    const read = await claimAsRead(claim.id);
    const { error } = await as.checker.rpc('save_claim', {
      claim: read.claim,
      sources: read.sources.map((s) => (s.id === id ? { ...s, stance: 'refutes', quote: 'the number is lower' } : s)),
    });
    expect(error).toBeNull();
    expect(await rowOf('sources', id)).toMatchObject({ stance: 'refutes', quote: 'the number is lower' });
    expect(await latestEventOf(claim.id)).toMatchObject({ action: 'sources_changed', actor_id: demoUserIds.checker });
  });

  it('another checker cannot edit or remove it', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const id = await arrangeSource(claim.id);
    const before = await rowOf('sources', id);
    const read = await claimAsRead(claim.id);
    for (const sources of [read.sources.map((s) => (s.id === id ? { ...s, stance: 'refutes' } : s)), read.sources.filter((s) => s.id !== id)]) {
      const { status } = await as.checker2.rpc('save_claim', { claim: read.claim, sources });
      expect(status).toBe(403);
    }
    const { data: updated } = await as.checker2.from('sources').update({ stance: 'refutes' }).eq('id', id).select();
    expect(updated).toEqual([]);
    const { data: deleted } = await as.checker2.from('sources').delete().eq('id', id).select();
    expect(deleted).toEqual([]);
    expect(await rowOf('sources', id)).toEqual(before);
  });

  it('the author cannot touch sources once the claim is in review; an editor can', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const id = await arrangeSource(claim.id);
    const before = await rowOf('sources', id);
    const read = await claimAsRead(claim.id);
    const { status } = await as.checker.rpc('save_claim', { claim: read.claim, sources: read.sources.filter((s) => s.id !== id) });
    expect(status).toBe(403);
    const { data: byAuthor } = await as.checker.from('sources').delete().eq('id', id).select();
    expect(byAuthor).toEqual([]);
    expect(await rowOf('sources', id)).toEqual(before);
    const { error } = await as.editor.rpc('save_claim', {
      claim: read.claim,
      sources: read.sources.map((s) => (s.id === id ? { ...s, title: 'Checked' } : s)),
    });
    expect(error).toBeNull();
    expect(await rowOf('sources', id)).toMatchObject({ title: 'Checked' });
  });

  it('who wrote a source and which claim it belongs to cannot be changed', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const other = await arrangeClaim({ author: 'checker' });
    const id = await arrangeSource(claim.id);
    const before = await rowOf('sources', id);
    for (const change of [{ created_by: demoUserIds.checker2 }, { claim_id: other.id }]) {
      const { error } = await as.checker.from('sources').update(change).eq('id', id);
      expect(error?.code).toBe('42501');
    }
    const read = await claimAsRead(claim.id);
    const { error: saved } = await as.checker.rpc('save_claim', {
      claim: read.claim,
      sources: read.sources.map((s) => (s.id === id ? { ...s, created_by: demoUserIds.checker2 } : s)),
    });
    expect(saved?.message).toBe('sources have fields save_claim does not set: created_by');
    const { error: moved } = await as.checker.rpc('save_claim', {
      claim: (await claimAsRead(other.id)).claim,
      sources: read.sources.filter((s) => s.id === id),
    });
    expect(moved?.message).toMatch(/belong to another claim/);
    expect(await rowOf('sources', id)).toEqual(before);
  });

  it('the author removes a source of their draft, with the claim', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const id = await arrangeSource(claim.id);
    const read = await claimAsRead(claim.id);
    const { error } = await as.checker.rpc('save_claim', { claim: read.claim, sources: read.sources.filter((s) => s.id !== id) });
    expect(error).toBeNull();
    expect(await rowOf('sources', id)).toBeNull();
    expect(await countWhere('sources', 'claim_id', claim.id)).toBe(1);
  });

  it('a source is never edited or removed on its own, not even by the author of a draft', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const id = await arrangeSource(claim.id);
    const before = await rowOf('sources', id);
    const { error: updated } = await as.checker.from('sources').update({ stance: 'refutes' }).eq('id', id);
    expect(updated?.message).toBe(onlyWithTheirClaim);
    const { error: deleted } = await as.checker.from('sources').delete().eq('id', id);
    expect(deleted?.message).toBe(onlyWithTheirClaim);
    expect(await rowOf('sources', id)).toEqual(before);
  });
});
