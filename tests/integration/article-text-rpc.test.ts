// save_article_text through the REST API as each kind of caller: who may correct an
// article's text, re-anchoring claims in the same transaction without touching their
// versions (an anchor that does not point at the claim's words unanchors it), and the
// refusals (stale read, bad anchors, no note once a claim is past draft) that leave
// everything as it was.
import { describe, expect, it } from 'vitest';
import type { Json } from '../../src/lib/database.types.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeArticle, arrangeClaim, eventsOf, rowOf, testArticleText, withDb } from '../support/rls-fixtures.ts';

const as = useCallers();

function docOf(text: string) {
  return {
    type: 'doc',
    content: text.split('\n\n').map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })),
  };
}

// testArticleText with a paragraph in front: arrangeClaim's "beta gamma" moves from 6..16 to 23..33.
const intro = 'Intro sentence.\n\n';
const correctedText = intro + testArticleText;
const moved = { start_offset: 6 + intro.length, end_offset: 16 + intro.length };

async function updatedAtAsRead(articleId: string): Promise<string> {
  const { data, error } = await as.editor.from('articles').select('updated_at').eq('id', articleId).single();
  expect(error).toBeNull();
  return data!.updated_at;
}

/** A save as the editor sends it: with the updated_at read (now, unless a test read it earlier). */
async function saveRequest(
  articleId: string,
  anchors: Json[],
  extra: { expected_updated_at?: string; text?: string; note?: string } = {},
) {
  const text = extra.text ?? correctedText;
  return {
    article_id: articleId,
    body: docOf(text),
    body_text: text,
    anchors,
    expected_updated_at: extra.expected_updated_at ?? (await updatedAtAsRead(articleId)),
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}

describe('who may save an article\'s text', () => {
  it('the checker who created the article saves it, with its claims re-anchored', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const claim = await arrangeClaim({ articleId, author: 'checker' });
    const before = await rowOf('claims', claim.id);

    const { data, error } = await as.checker.rpc(
      'save_article_text',
      await saveRequest(articleId, [{ claim_id: claim.id, ...moved }]),
    );
    expect(error).toBeNull();
    expect(data).toMatchObject({ id: articleId, body_text: correctedText, body: docOf(correctedText) });

    const article = await rowOf('articles', articleId);
    expect(article).toMatchObject({ body_text: correctedText, body: docOf(correctedText) });
    expect(correctedText.slice(moved.start_offset, moved.end_offset)).toBe('beta gamma');
    expect(await rowOf('claims', claim.id)).toEqual({ ...before, ...moved });
  });

  it('an editor saves any article, and re-anchoring a published claim keeps its version and trail', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker2' });
    const published = await arrangeClaim({ articleId, author: 'checker', status: 'published' });
    const othersDraft = await arrangeClaim({ articleId, author: 'checker2' });
    const before = { published: await rowOf('claims', published.id), draft: await rowOf('claims', othersDraft.id) };
    const eventsBefore = await eventsOf(published.id);

    const { error } = await as.editor.rpc(
      'save_article_text',
      await saveRequest(
        articleId,
        [
          { claim_id: published.id, ...moved },
          { claim_id: othersDraft.id, start_offset: null, end_offset: null },
        ],
        { note: 'The intro was missing.' },
      ),
    );
    expect(error).toBeNull();
    expect(await rowOf('claims', published.id)).toEqual({ ...before.published, ...moved });
    expect(await rowOf('claims', othersDraft.id)).toEqual({ ...before.draft, start_offset: null, end_offset: null });
    expect(await eventsOf(published.id)).toEqual(eventsBefore);
  });

  it('another checker may not save someone else\'s article, and nothing changes', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const claim = await arrangeClaim({ articleId, author: 'checker2' });
    const before = { article: await rowOf('articles', articleId), claim: await rowOf('claims', claim.id) };

    const { error, status } = await as.checker2.rpc('save_article_text', await saveRequest(articleId, [{ claim_id: claim.id, ...moved }]));
    expect(status).toBe(403);
    expect(error?.message).toMatch(/only the article's creator or an editor can change its text/);
    expect(await rowOf('articles', articleId)).toEqual(before.article);
    expect(await rowOf('claims', claim.id)).toEqual(before.claim);
  });

  it('anonymous callers cannot call it at all, and nothing changes', async () => {
    const articleId = await arrangeArticle();
    const claim = await arrangeClaim({ articleId, status: 'published' });
    const before = { article: await rowOf('articles', articleId), claim: await rowOf('claims', claim.id) };

    const { error } = await as.anon.rpc('save_article_text', await saveRequest(articleId, [{ claim_id: claim.id, ...moved }]));
    expect(error).not.toBeNull();
    expect(await rowOf('articles', articleId)).toEqual(before.article);
    expect(await rowOf('claims', claim.id)).toEqual(before.claim);
  });

  it('an unknown article is HTTP 404', async () => {
    const { error, status } = await as.editor.rpc(
      'save_article_text',
      await saveRequest('00000000-0000-4000-8000-000000000000', [], { expected_updated_at: new Date().toISOString() }),
    );
    expect(status).toBe(404);
    expect(error?.message).toMatch(/article .* not found/);
  });
});

describe('what a save refuses, changing nothing', () => {
  it('a stale expected_updated_at is HTTP 409 saying the article changed', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const claim = await arrangeClaim({ articleId });
    const read = await updatedAtAsRead(articleId);
    const { error: first } = await as.editor.rpc('save_article_text', await saveRequest(articleId, [], { text: testArticleText + ' More.' }));
    expect(first).toBeNull();
    const before = { article: await rowOf('articles', articleId), claim: await rowOf('claims', claim.id) };

    const { error, status } = await as.checker.rpc(
      'save_article_text',
      await saveRequest(articleId, [{ claim_id: claim.id, ...moved }], { expected_updated_at: read }),
    );
    expect(status).toBe(409);
    expect(error?.code).toBe('PT409');
    expect(error?.message).toMatch(/the article changed since you opened it/);
    expect(await rowOf('articles', articleId)).toEqual(before.article);
    expect(await rowOf('claims', claim.id)).toEqual(before.claim);
  });

  it.each([
    ['outside the new text', { start_offset: 20, end_offset: correctedText.length + 1 }],
    ['with only one offset', { start_offset: 3, end_offset: null }],
    ['on other words', { start_offset: 0, end_offset: 5 }],
  ] as const)('an anchor %s never points the claim there: it becomes unanchored, its quote and version unchanged', async (_, anchor) => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const claim = await arrangeClaim({ articleId });
    const before = await rowOf('claims', claim.id);

    const { error } = await as.checker.rpc('save_article_text', await saveRequest(articleId, [{ claim_id: claim.id, ...anchor }]));
    expect(error).toBeNull();
    expect(await rowOf('claims', claim.id)).toEqual({ ...before, start_offset: null, end_offset: null });
  });

  it('once a claim of the article is past draft, a save without a note saying what changed is refused', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const claim = await arrangeClaim({ articleId, status: 'in_review' });
    const before = { article: await rowOf('articles', articleId), claim: await rowOf('claims', claim.id) };

    for (const note of [undefined, '  ']) {
      const { error, status } = await as.checker.rpc('save_article_text', await saveRequest(articleId, [{ claim_id: claim.id, ...moved }], { note }));
      expect(status).toBe(400);
      expect(error?.message).toBe('say what changed and why: a note is required once a claim of this article is past draft');
    }
    expect(await rowOf('articles', articleId)).toEqual(before.article);
    expect(await rowOf('claims', claim.id)).toEqual(before.claim);
  });

  it('anchors that are not a list of claims of this article', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const ours = await arrangeClaim({ articleId });
    const elsewhere = await arrangeClaim();
    const before = {
      article: await rowOf('articles', articleId),
      ours: await rowOf('claims', ours.id),
      elsewhere: await rowOf('claims', elsewhere.id),
    };

    const attempts: Array<[unknown, RegExp]> = [
      [[{ claim_id: elsewhere.id, ...moved }], /not claims of this article/],
      [[{ claim_id: ours.id, ...moved }, { claim_id: ours.id, start_offset: 0, end_offset: 5 }], /more than once/],
      [[{ start_offset: 0, end_offset: 5 }], /anchors must be a JSON array/],
      [{ claim_id: ours.id }, /anchors must be a JSON array/],
    ];
    for (const [anchors, message] of attempts) {
      const { error } = await as.checker.rpc('save_article_text', { ...(await saveRequest(articleId, [])), anchors: anchors as never });
      expect(error?.message).toMatch(message);
    }
    expect(await rowOf('articles', articleId)).toEqual(before.article);
    expect(await rowOf('claims', ours.id)).toEqual(before.ours);
    expect(await rowOf('claims', elsewhere.id)).toEqual(before.elsewhere);
  });

  it('a body that is not a Tiptap document', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const before = await rowOf('articles', articleId);
    const { error } = await as.checker.rpc('save_article_text', { ...(await saveRequest(articleId, [])), body: { type: 'paragraph' } });
    expect(error?.message).toMatch(/^body is not a document of the article schema/);
    expect(await rowOf('articles', articleId)).toEqual(before);
  });
});

describe('claims the save does not mention', () => {
  it('keep their offsets while they still fit, and become unanchored when they would point past the text', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const early = await arrangeClaim({ articleId });
    const late = await withDb(async (db) => {
      const { rows } = await db.query<{ id: string }>(
        `insert into public.claims (article_id, quote_exact, start_offset, end_offset, claim_text, created_by)
         select $1, 'checkable', $2::int, $2::int + 9, 'late', created_by from public.articles where id = $1 returning id`,
        [articleId, testArticleText.indexOf('checkable')],
      );
      return rows[0]!.id;
    });
    const before = { early: await rowOf('claims', early.id), late: await rowOf('claims', late) };
    const shortened = 'Alpha beta gamma delta.';

    const { error } = await as.checker.rpc('save_article_text', await saveRequest(articleId, [], { text: shortened }));
    expect(error).toBeNull();
    expect(await rowOf('claims', early.id)).toEqual(before.early);
    expect(await rowOf('claims', late)).toEqual({ ...before.late, start_offset: null, end_offset: null });
  });
});

describe('the claim guard still judges everyone else', () => {
  it('an API update that changes only offsets still needs the current version and bumps it', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const { data, error } = await as.checker
      .from('claims')
      .update({ start_offset: null, end_offset: null, version: claim.version })
      .eq('id', claim.id)
      .select('version')
      .single();
    expect(error).toBeNull();
    expect(data).toEqual({ version: 2 });
    const { status } = await as.checker.from('claims').update({ start_offset: 6, end_offset: 16, version: claim.version }).eq('id', claim.id);
    expect(status).toBe(409);
  });

  it('save_article_text is security definer with an empty search_path, callable by signed-in users only', async () => {
    const [fn] = await withDb(async (db) => {
      const { rows } = await db.query<{ definer: boolean; config: string[]; anon: boolean; authenticated: boolean }>(
        `select p.prosecdef as definer, p.proconfig as config,
           has_function_privilege('anon', p.oid, 'execute') as anon,
           has_function_privilege('authenticated', p.oid, 'execute') as authenticated
         from pg_proc p where p.oid = 'public.save_article_text(uuid,jsonb,text,jsonb,timestamptz,text)'::regprocedure`,
      );
      return rows;
    });
    expect(fn).toEqual({ definer: true, config: ['search_path=""'], anon: false, authenticated: true });
  });
});
