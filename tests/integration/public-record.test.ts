// The public record of issue 10, from the anonymous side: everyone reads every publication
// (and each claim's latest, and the verdicts a newsroom's fact-checks carry); nobody reads a
// third party's article text or the texts a revision replaced; the newsroom's own text is
// readable through public_article_body once it has a publication; and no API role, the
// service role's included, inserts, changes or deletes a publication. The own-text flag is
// changed by the article's creator and the newsroom's editors only.
import { describe, expect, it } from 'vitest';
import { useCallers } from '../support/callers.ts';
import { serviceClient } from '../support/clients.ts';
import { arrangeArticle, arrangeClaim, rowOf, testArticleText, withDb } from '../support/rls-fixtures.ts';

const as = useCallers();

async function setOwnText(articleId: string, ownText: boolean) {
  await withDb((db) => db.query('update public.articles set own_text = $2 where id = $1', [articleId, ownText]));
}

async function arrangeRevision(articleId: string) {
  await withDb((db) =>
    db.query(
      `insert into public.article_revisions (article_id, previous_body, previous_body_text, revised_by_name, note)
       values ($1, '{"type":"doc","content":[]}', 'the text before', 'Demo Editor', 'A typo')`,
      [articleId],
    ),
  );
}

describe('publications, read by anyone', () => {
  it('an anonymous visitor reads a published claim\'s publication, its quote in its sentence', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const { data, error } = await as.anon
      .from('claim_publications')
      .select('claim_id, revision, kind, claim_text, quote_exact, quote_sentence, verdict_label, published_by_name')
      .eq('claim_id', claim.id);
    expect(error).toBeNull();
    expect(data).toEqual([
      {
        claim_id: claim.id,
        revision: 1,
        kind: 'publication',
        claim_text: claim.claimText,
        quote_exact: 'beta gamma',
        quote_sentence: 'Alpha beta gamma delta.',
        verdict_label: 'False',
        published_by_name: expect.any(String),
      },
    ]);
  });

  it('reads the latest publication of each claim and the verdicts they carry, and nothing of a claim never published', async () => {
    const articleId = await arrangeArticle();
    const published = await arrangeClaim({ status: 'published', articleId });
    const draft = await arrangeClaim({ status: 'approved', articleId });
    await withDb((db) =>
      db.query(
        `update public.claims set verdict_id = (select v.id from public.verdicts v join public.articles a on a.newsroom_id = v.newsroom_id
           where a.id = $2 and v.label = 'True') where id = $1`,
        [published.id, articleId],
      ),
    );
    await withDb((db) => db.query(`select private.record_publication($1, 'correction', 'New figures.', null)`, [published.id]));

    const { data: latest, error } = await as.anon
      .from('latest_claim_publications')
      .select('claim_id, revision, kind, verdict_label, note')
      .eq('article_id', articleId);
    expect(error).toBeNull();
    expect(latest).toEqual([{ claim_id: published.id, revision: 2, kind: 'correction', verdict_label: 'True', note: 'New figures.' }]);
    expect(JSON.stringify(latest)).not.toContain(draft.id);

    const { data: verdicts, error: verdictsError } = await as.anon
      .from('newsroom_published_verdicts')
      .select('verdict_label, fact_checks')
      .eq('verdict_label', 'True');
    expect(verdictsError).toBeNull();
    expect(verdicts!.length).toBeGreaterThan(0);
  });
});

describe('article text, read only when it is the newsroom\'s own', () => {
  it('an anonymous visitor reads a published article\'s title but never its body or body_text', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const { data, error } = await as.anon.from('articles').select('id, title, url, publisher, published_at, own_text').eq('id', claim.articleId);
    expect(error).toBeNull();
    expect(data).toHaveLength(1);
    for (const column of ['body', 'body_text', '*'] as const) {
      const refused = await as.anon.from('articles').select(column).eq('id', claim.articleId);
      expect(refused.error?.code, column).toBe('42501');
      expect(refused.data).toBeNull();
    }
  });

  it('an anonymous visitor reads a revision\'s date and note but never the text it replaced', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    await arrangeRevision(claim.articleId);
    const { data, error } = await as.anon.from('article_revisions').select('created_at, note').eq('article_id', claim.articleId);
    expect(error).toBeNull();
    expect(data).toEqual([{ created_at: expect.any(String), note: 'A typo' }]);
    for (const column of ['previous_body_text', 'previous_body'] as const) {
      const refused = await as.anon.from('article_revisions').select(column).eq('article_id', claim.articleId);
      expect(refused.error?.code, column).toBe('42501');
    }
  });

  it('public_article_body gives the text of the newsroom\'s own text with a publication, and null otherwise', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const notPublished = await arrangeClaim({ status: 'approved' });
    await setOwnText(notPublished.articleId, true);

    const thirdParty = await as.anon.rpc('public_article_body', { article_id: claim.articleId });
    expect(thirdParty.error).toBeNull();
    expect(thirdParty.data).toBeNull();

    await setOwnText(claim.articleId, true);
    const own = await as.anon.rpc('public_article_body', { article_id: claim.articleId });
    expect(own.error).toBeNull();
    expect(JSON.stringify(own.data)).toContain(testArticleText.split('\n\n')[0]);

    const unpublished = await as.anon.rpc('public_article_body', { article_id: notPublished.articleId });
    expect(unpublished.error).toBeNull();
    expect(unpublished.data).toBeNull();
  });
});

describe('publications, changed by nobody', () => {
  it('no API role inserts, updates or deletes a publication', async () => {
    const claim = await arrangeClaim({ status: 'published' });
    const before = await withDb(async (db) => (await db.query('select * from public.claim_publications where claim_id = $1', [claim.id])).rows);
    const callers = { anon: as.anon, editor: as.editor, admin: as.admin, service_role: serviceClient() };
    for (const [name, client] of Object.entries(callers)) {
      const inserted = await client.from('claim_publications').insert({
        claim_id: claim.id,
        article_id: claim.articleId,
        newsroom_id: before[0]!.newsroom_id as string,
        revision: 9,
        kind: 'publication',
        claim_text: 'Forged',
        claimant_kind: 'person',
        quote_exact: 'beta gamma',
        verdict_label: 'True',
        published_by_name: 'Nobody',
      });
      expect(inserted.error?.code, `${name} insert`).toBe('42501');
      const updated = await client.from('claim_publications').update({ verdict_label: 'True' }).eq('claim_id', claim.id);
      expect(updated.error?.code, `${name} update`).toBe('42501');
      const deleted = await client.from('claim_publications').delete().eq('claim_id', claim.id);
      expect(deleted.error?.code, `${name} delete`).toBe('42501');
    }
    const after = await withDb(async (db) => (await db.query('select * from public.claim_publications where claim_id = $1', [claim.id])).rows);
    expect(after).toEqual(before);
  });
});

describe('the own-text flag', () => {
  it('the newsroom\'s editor sets it; a checker who did not add the article and an anonymous visitor do not', async () => {
    const articleId = await arrangeArticle({ createdBy: 'admin' });
    const byChecker = await as.checker.from('articles').update({ own_text: true }).eq('id', articleId).select('id');
    expect(byChecker.data).toEqual([]);
    const byAnon = await as.anon.from('articles').update({ own_text: true }).eq('id', articleId).select('id');
    expect(byAnon.error?.code).toBe('42501');
    expect((await rowOf('articles', articleId))?.own_text).toBe(false);

    const byEditor = await as.editor.from('articles').update({ own_text: true }).eq('id', articleId).select('id, own_text');
    expect(byEditor.error).toBeNull();
    expect(byEditor.data).toEqual([{ id: articleId, own_text: true }]);
  });

  it('the article\'s creator sets it on their own article', async () => {
    const articleId = await arrangeArticle({ createdBy: 'checker' });
    const { data, error } = await as.checker.from('articles').update({ own_text: true }).eq('id', articleId).select('own_text');
    expect(error).toBeNull();
    expect(data).toEqual([{ own_text: true }]);
  });
});
