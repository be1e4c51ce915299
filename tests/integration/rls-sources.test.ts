// Sources follow their claim: readable with it, editable by whoever may edit the claim.
import { describe, expect, it } from 'vitest';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeArticle, arrangeClaim, arrangeSource, countWhere, marker, rowOf } from '../support/rls-fixtures.ts';

const as = useCallers();

function source(claimId: string) {
  return { claim_id: claimId, url: 'https://example.org/report', title: marker('source'), stance: 'supports' };
}

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
  it('the author adds sources to their draft and to their claim with changes requested', async () => {
    for (const status of ['draft', 'changes_requested'] as const) {
      const claim = await arrangeClaim({ author: 'checker', status });
      const { data, error } = await as.checker.from('sources').insert(source(claim.id)).select().single();
      expect(error).toBeNull();
      expect(data?.created_by).toBe(demoUserIds.checker);
    }
  });

  it('an editor adds sources to a claim in review', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { error } = await as.editor.from('sources').insert(source(claim.id));
    expect(error).toBeNull();
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
      const row = source(claim.id);
      const { error } = await caller.from('sources').insert(row);
      expect(error).not.toBeNull();
      expect(await countWhere('sources', 'title', row.title)).toBe(0);
    }
  });

  it('nobody adds a source in someone else\'s name', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const row = { ...source(claim.id), created_by: demoUserIds.checker2 };
    const { error } = await as.checker.from('sources').insert(row);
    expect(error?.code).toBe('42501');
    expect(await countWhere('sources', 'title', row.title)).toBe(0);
  });
});

describe('editing and removing sources', () => {
  it('the author edits a source of their draft', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const id = await arrangeSource(claim.id);
    const { data, error } = await as.checker.from('sources').update({ stance: 'refutes', quote: 'the number is lower' }).eq('id', id).select();
    expect(error).toBeNull();
    expect(data).toMatchObject([{ stance: 'refutes', quote: 'the number is lower' }]);
  });

  it('another checker cannot edit or remove it', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const id = await arrangeSource(claim.id);
    const before = await rowOf('sources', id);
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
    const { data: byAuthor } = await as.checker.from('sources').delete().eq('id', id).select();
    expect(byAuthor).toEqual([]);
    expect(await rowOf('sources', id)).toEqual(before);
    const { data: byEditor, error } = await as.editor.from('sources').update({ title: 'Checked' }).eq('id', id).select();
    expect(error).toBeNull();
    expect(byEditor).toMatchObject([{ title: 'Checked' }]);
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
    expect(await rowOf('sources', id)).toEqual(before);
  });

  it('the author removes a source of their draft', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const id = await arrangeSource(claim.id);
    const { data, error } = await as.checker.from('sources').delete().eq('id', id).select('id');
    expect(error).toBeNull();
    expect(data).toEqual([{ id }]);
    expect(await rowOf('sources', id)).toBeNull();
  });
});
