// Issue 9's first finding: an article's text is evidence. body must be a document of the
// article schema and body_text its text; the text changes only through save_article_text,
// which records a revision (a note once a claim is past draft) and stores a claim's offsets
// only where its quote is; approximate matches re-quote unpublished claims in the open; a
// published claim is never re-pointed. Each from the attacker's and the honest side.
import { describe, expect, it } from 'vitest';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { serviceClient } from '../support/clients.ts';
import { arrangeArticle, arrangeClaim, eventsOf, rowOf, testArticleText, withDb } from '../support/rls-fixtures.ts';

const as = useCallers();

function documentOf(text: string) {
  return { type: 'doc', content: text.split('\n\n').map((paragraph) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph }] })) };
}

async function updatedAtOf(articleId: string): Promise<string> {
  return withDb(async (db) => (await db.query<{ at: string }>(`select to_json(updated_at)#>>'{}' as at from public.articles where id = $1`, [articleId])).rows[0]!.at);
}

async function save(articleId: string, text: string, anchors: unknown[], note?: string, caller = as.editor) {
  return caller.rpc('save_article_text', {
    article_id: articleId,
    body: documentOf(text) as never,
    body_text: text,
    anchors: anchors as never,
    expected_updated_at: await updatedAtOf(articleId),
    ...(note === undefined ? {} : { note }),
  });
}

async function revisionsOf(articleId: string) {
  return withDb(async (db) => (await db.query('select * from public.article_revisions where article_id = $1 order by id', [articleId])).rows);
}

// testArticleText is "Alpha beta gamma delta.\n\nThe second …"; arranged claims quote "beta gamma" at 6..16.
const shifted = `Breaking: ${testArticleText}`;
const shift = 'Breaking: '.length;

describe('body and body_text say the same thing, in the article schema', () => {
  it('a body with a node the schema has no place for is refused, and nothing changes', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const before = await rowOf('articles', articleId);
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'image', attrs: { src: 'https://evil.example/x.png' } }] }] };
    const { status, error } = await as.checker.rpc('save_article_text', {
      article_id: articleId, body: body as never, body_text: '\ufffc', anchors: [], expected_updated_at: await updatedAtOf(articleId),
    });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/body is not a document of the article schema/);
    expect(await rowOf('articles', articleId)).toEqual(before);
  });

  it('a body_text that is not the text of body is refused', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const { status, error } = await as.checker.rpc('save_article_text', {
      article_id: articleId, body: documentOf(testArticleText) as never, body_text: 'Invented words readers never see.', anchors: [],
      expected_updated_at: await updatedAtOf(articleId),
    });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/body_text is not the text of body/);
    const added = await as.checker.from('articles').insert({
      newsroom_id: (await rowOf('articles', articleId))!.newsroom_id as string, title: 'Mismatch', body: documentOf('Real words.') as never, body_text: 'Other words.',
    });
    expect(added.error?.message).toMatch(/body_text is not the text of body/);
  });

  it('offsets count UTF-16 code units, as the app does, so text after an emoji anchors', async () => {
    const text = 'Crowds 🎉 cheered the record.';
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    expect((await save(articleId, text, [], undefined, as.checker)).error).toBeNull();
    const start = text.indexOf('cheered');
    const { error } = await as.checker.rpc('save_claim', {
      claim: { id: crypto.randomUUID(), article_id: articleId, quote_exact: 'cheered', start_offset: start, end_offset: start + 7, claim_text: 'They cheered.' },
      sources: [],
    });
    expect(error).toBeNull();
  });
});

describe('offsets point at the claim\'s quote, or at nothing', () => {
  it('a new claim whose quote is not the text at its offsets is refused', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const { status, error } = await as.checker.rpc('save_claim', {
      claim: { id: crypto.randomUUID(), article_id: articleId, quote_exact: 'invented words', start_offset: 6, end_offset: 20, claim_text: 'Invented.' },
      sources: [],
    });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/the quote is not the text at offsets 6\.\.20: there the article says "beta gamma del"/);
  });

  it('an honest correction moves a claim with its words and records a revision with who, why and the text before', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const claim = await arrangeClaim({ articleId, status: 'in_review' });
    const withoutNote = await save(articleId, shifted, [{ claim_id: claim.id, start_offset: 6 + shift, end_offset: 16 + shift }]);
    expect(withoutNote.status).toBe(400);
    expect(withoutNote.error?.message).toMatch(/a note is required once a claim of this article is past draft/);
    expect((await rowOf('articles', articleId))!.body_text).toBe(testArticleText);

    const { error } = await save(articleId, shifted, [{ claim_id: claim.id, start_offset: 6 + shift, end_offset: 16 + shift }], 'Added the kicker.');
    expect(error).toBeNull();
    expect(await rowOf('claims', claim.id)).toMatchObject({ start_offset: 6 + shift, end_offset: 16 + shift, quote_exact: 'beta gamma', version: 1 });
    expect(await revisionsOf(articleId)).toMatchObject([
      { revised_by: demoUserIds.editor, revised_by_name: 'Demo Editor', note: 'Added the kicker.', previous_body_text: testArticleText },
    ]);
  });

  it('made-up offsets do not re-point a claim: it becomes unanchored, its quote unchanged', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const claim = await arrangeClaim({ articleId, status: 'published' });
    const rewritten = 'Alpha beta gamma delta.\n\nThe minister never said anything checkable.';
    const { error } = await save(articleId, rewritten, [{ claim_id: claim.id, start_offset: 25, end_offset: 37 }], 'Rewrote the second paragraph.');
    expect(error).toBeNull();
    expect(await rowOf('claims', claim.id)).toMatchObject({ start_offset: null, end_offset: null, quote_exact: 'beta gamma' });
  });

  it('an approximate match re-quotes an unpublished claim in the open, flagged past draft until confirmed', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const draft = await arrangeClaim({ articleId });
    const inReview = await arrangeClaim({ articleId, status: 'in_review' });
    const published = await arrangeClaim({ articleId, status: 'published' });
    const corrected = testArticleText.replace('beta gamma', 'beta gammas');
    const found = { start_offset: 6, end_offset: 17, quote_exact: 'beta gammas' };
    const { error } = await save(
      articleId,
      corrected,
      [draft, inReview, published].map((claim) => ({ claim_id: claim.id, ...found })),
      'Fixed a typo.',
    );
    expect(error).toBeNull();
    expect(await rowOf('claims', draft.id)).toMatchObject({ quote_exact: 'beta gammas', start_offset: 6, end_offset: 17, quote_changed_at: null, version: 2 });
    expect(await rowOf('claims', inReview.id)).toMatchObject({ quote_exact: 'beta gammas', quote_prefix: 'Alpha ', quote_suffix: ' delta.\n\nThe second paragraph sa' });
    expect((await rowOf('claims', inReview.id))!.quote_changed_at).not.toBeNull();
    expect((await eventsOf(inReview.id)).at(-1)).toMatchObject({ action: 'quote_changed', actor_id: demoUserIds.editor, note: '“beta gamma” → “beta gammas”' });
    // A published claim keeps the words it rated and is unanchored, never re-pointed.
    expect(await rowOf('claims', published.id)).toMatchObject({ quote_exact: 'beta gamma', start_offset: null, quote_changed_at: null });

    const byOtherChecker = await as.checker2.rpc('confirm_quote', { claim_id: inReview.id, expected_version: 2 });
    expect(byOtherChecker.status).toBe(403);
    const confirmed = await as.checker.rpc('confirm_quote', { claim_id: inReview.id, expected_version: 2 });
    expect(confirmed.error).toBeNull();
    expect(await rowOf('claims', inReview.id)).toMatchObject({ quote_changed_at: null, version: 3 });
    expect((await eventsOf(inReview.id)).at(-1)).toMatchObject({ action: 'quote_confirmed', actor_id: demoUserIds.checker });
  });
});

describe('revisions are the public record of a checked text', () => {
  it('readers see the revisions of an article with a published claim, and nobody changes them', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    await arrangeClaim({ articleId, status: 'published' });
    expect((await save(articleId, shifted, [], 'Added the kicker.')).error).toBeNull();
    const { data } = await as.anon.from('article_revisions').select('note, revised_by_name').eq('article_id', articleId);
    expect(data).toEqual([{ note: 'Added the kicker.', revised_by_name: 'Demo Editor' }]);
    const changed = await serviceClient().from('article_revisions').update({ note: 'Nothing to see.' }).eq('article_id', articleId);
    expect(changed.error).not.toBeNull();
    expect((await revisionsOf(articleId))[0]).toMatchObject({ note: 'Added the kicker.' });
  });

  it('readers do not see the revisions of an unpublished article', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    expect((await save(articleId, shifted, [])).error).toBeNull();
    const { data } = await as.anon.from('article_revisions').select('id').eq('article_id', articleId);
    expect(data).toEqual([]);
    expect((await as.harbourAdmin.from('article_revisions').select('id').eq('article_id', articleId)).data).toEqual([]);
  });
});
