// Who reads, adds, edits and deletes articles, in Demo Newsroom (the rules are the same in
// every newsroom; newsroom-isolation.test.ts proves the walls between them). Anonymous
// readers see an article only once one of its claims is published.
import { describe, expect, it } from 'vitest';
import { demoNewsroomId, demoUserIds, harbourNewsroomId, seedArticleId } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeArticle, arrangeClaim, countWhere, eventsOf, marker, rowOf } from '../support/rls-fixtures.ts';

const as = useCallers();

function article(title = marker('article')) {
  return {
    newsroom_id: demoNewsroomId,
    title,
    published_at: '2025-06-05',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One.' }] }] },
    body_text: 'One.',
  };
}

describe('reading articles', () => {
  it('anonymous callers see articles with a published claim and no others', async () => {
    const withPublished = await arrangeArticle();
    await arrangeClaim({ articleId: withPublished, status: 'published' });
    const withApproved = await arrangeArticle();
    await arrangeClaim({ articleId: withApproved, status: 'approved' });
    const withoutClaims = await arrangeArticle();
    const { data, error } = await as.anon.from('articles').select('id').in('id', [withPublished, withApproved, withoutClaims]);
    expect(error).toBeNull();
    expect(data).toEqual([{ id: withPublished }]);
  });

  it('members read every article of their newsroom, the seed article included', async () => {
    const fresh = await arrangeArticle();
    const { data } = await as.checker.from('articles').select('id, title, published_at').in('id', [seedArticleId, fresh]);
    expect(data).toHaveLength(2);
    expect(data?.find((a) => a.id === seedArticleId)).toMatchObject({
      title: 'ICE carries out record number of immigration arrests in a single day',
      published_at: '2025-06-05',
    });
  });
});

describe('adding articles', () => {
  it('a checker adds an article to their newsroom as themselves', async () => {
    const { data, error } = await as.checker.from('articles').insert(article()).select().single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ created_by: demoUserIds.checker, newsroom_id: demoNewsroomId });
  });

  it('nobody adds one in someone else\'s name or at another time, and anonymous callers add none', async () => {
    const forged = article();
    const { data, error } = await as.checker
      .from('articles')
      .insert({ ...forged, created_by: demoUserIds.editor, created_at: '2001-01-01T00:00:00Z' })
      .select()
      .single();
    expect(error).toBeNull();
    const stored = await rowOf('articles', data!.id);
    expect(stored).toMatchObject({ title: forged.title, created_by: demoUserIds.checker });
    expect(Math.abs((stored!.created_at as Date).getTime() - Date.now())).toBeLessThan(60_000);
    const anonymous = article();
    const { error: anonError } = await as.anon.from('articles').insert(anonymous);
    expect(anonError).not.toBeNull();
    expect(await countWhere('articles', 'title', anonymous.title)).toBe(0);
  });

  it('an article link must be http or https', async () => {
    const row = { ...article(), url: 'javascript:alert(1)' };
    const { error } = await as.checker.from('articles').insert(row);
    expect(error?.message).toMatch(/articles_url_must_be_http_or_https/);
    expect(await countWhere('articles', 'title', row.title)).toBe(0);
  });
});

describe('editing articles', () => {
  it('the creator edits their article and updated_at moves', async () => {
    const id = await arrangeArticle({ createdBy: 'checker' });
    const before = await rowOf('articles', id);
    const { data, error } = await as.checker.from('articles').update({ publisher: 'NBC News' }).eq('id', id).select().single();
    expect(error).toBeNull();
    expect(data?.publisher).toBe('NBC News');
    expect(new Date(data!.updated_at).getTime()).toBeGreaterThan((before!.updated_at as Date).getTime());
  });

  it('other checkers and anonymous callers cannot edit it; an editor and an admin can', async () => {
    const id = await arrangeArticle({ createdBy: 'checker' });
    const before = await rowOf('articles', id);
    for (const caller of [as.checker2, as.anon]) {
      const { data } = await caller.from('articles').update({ publisher: 'changed' }).eq('id', id).select();
      expect(data ?? []).toEqual([]);
    }
    expect(await rowOf('articles', id)).toEqual(before);
    for (const [caller, publisher] of [[as.editor, 'Fixed by editor'], [as.admin, 'Fixed by admin']] as const) {
      const { data, error } = await caller.from('articles').update({ publisher }).eq('id', id).select();
      expect(error).toBeNull();
      expect(data).toMatchObject([{ publisher }]);
    }
  });
});

describe('an article\'s newsroom', () => {
  it('is fixed: not even the newsroom\'s admin moves an article to another newsroom', async () => {
    const id = await arrangeArticle({ createdBy: 'admin' });
    const before = await rowOf('articles', id);
    const { error, status } = await as.admin.from('articles').update({ newsroom_id: harbourNewsroomId }).eq('id', id);
    expect(status).toBe(403);
    expect(error).toMatchObject({ code: '42501', message: 'permission denied for table articles' });
    expect(await rowOf('articles', id)).toEqual(before);
  });

  it('must be one the adder is a member of', async () => {
    const row = { ...article(), newsroom_id: harbourNewsroomId };
    const { error } = await as.admin.from('articles').insert(row);
    expect(error?.code).toBe('42501');
    expect(await countWhere('articles', 'title', row.title)).toBe(0);
  });
});

describe('deleting articles', () => {
  it('the creator deletes their article while no claim refers to it', async () => {
    const id = await arrangeArticle({ createdBy: 'checker' });
    const { data, error } = await as.checker.from('articles').delete().eq('id', id).select('id');
    expect(error).toBeNull();
    expect(data).toEqual([{ id }]);
    expect(await rowOf('articles', id)).toBeNull();
  });

  it('the creator cannot delete it once it has a claim', async () => {
    const id = await arrangeArticle({ createdBy: 'checker' });
    await arrangeClaim({ articleId: id, author: 'checker' });
    const { data } = await as.checker.from('articles').delete().eq('id', id).select('id');
    expect(data).toEqual([]);
    expect(await rowOf('articles', id)).not.toBeNull();
  });

  it('others cannot delete it, even without claims', async () => {
    const id = await arrangeArticle({ createdBy: 'checker' });
    for (const caller of [as.checker2, as.editor, as.anon]) {
      const { data } = await caller.from('articles').delete().eq('id', id).select('id');
      expect(data ?? []).toEqual([]);
    }
    expect(await rowOf('articles', id)).not.toBeNull();
  });

  it('an admin deletes any article whose claims were never published, claims and all; their trails stay and say so', async () => {
    const id = await arrangeArticle({ createdBy: 'checker' });
    const claim = await arrangeClaim({ articleId: id, status: 'approved' });
    const trail = await eventsOf(claim.id);
    const { data, error } = await as.admin.from('articles').delete().eq('id', id).select('id');
    expect(error).toBeNull();
    expect(data).toEqual([{ id }]);
    expect(await rowOf('claims', claim.id)).toBeNull();
    expect(await eventsOf(claim.id)).toEqual([
      ...trail,
      expect.objectContaining({ action: 'deleted', actor_id: demoUserIds.admin, from_status: 'approved', note: 'deleted with its article' }),
    ]);
  });

  it('not even an admin deletes an article with a published claim: article, claims and trails stay', async () => {
    const id = await arrangeArticle({ createdBy: 'checker' });
    const published = await arrangeClaim({ articleId: id, status: 'published' });
    const draft = await arrangeClaim({ articleId: id, status: 'draft' });
    const before = { article: await rowOf('articles', id), published: await rowOf('claims', published.id), draft: await rowOf('claims', draft.id) };
    const trails = { published: await eventsOf(published.id), draft: await eventsOf(draft.id) };
    const { error, status } = await as.admin.from('articles').delete().eq('id', id);
    expect(status).toBe(403);
    expect(error?.message).toBe('an article with a published claim is never deleted: its fact-checks stay on the public record');
    expect({ article: await rowOf('articles', id), published: await rowOf('claims', published.id), draft: await rowOf('claims', draft.id) }).toEqual(before);
    expect({ published: await eventsOf(published.id), draft: await eventsOf(draft.id) }).toEqual(trails);
  });
});
