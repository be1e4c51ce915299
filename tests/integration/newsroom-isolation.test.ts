// The walls between newsrooms, through the REST API: a member of one newsroom, a user who
// belongs to no newsroom (a fresh sign-up) and an anonymous reader see of another newsroom's
// work only what is published (claims, their sources, their articles and verdicts), never
// its drafts, reviews, comments or history, and change none of it, whatever they try; its
// own members see and do what their role in it allows. Roles are per newsroom: the same
// person can be an editor here and a checker there.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoNewsroomId,
  demoUserIds,
  harbourArticleId,
  harbourDraftClaimId,
  harbourNewsroomId,
  harbourPublishedClaimId,
} from '../../stack/seed/seed-ids.ts';
import { type Client, useCallers } from '../support/callers.ts';
import {
  arrangeArticle,
  arrangeClaim,
  arrangeComment,
  type ArrangedClaim,
  arrangeSource,
  countWhere,
  marker,
  testArticleText,
  updatedAtOf,
  verdictOf,
  withDb,
} from '../support/rls-fixtures.ts';
import { useThrowaways } from '../support/throwaways.ts';

const as = useCallers();
const throwaways = useThrowaways();

let stranger: Client;

// Demo Newsroom's work: an article with a claim in every status, each with a source, and a
// comment on each; an article with no published claim at all.
let demoArticle: string;
let privateArticle: string;
let claims: Record<'draft' | 'in_review' | 'changes_requested' | 'approved' | 'published', ArrangedClaim>;
let comments: string[];

beforeAll(async () => {
  stranger = (await throwaways.signUpStranger()).client;
  demoArticle = await arrangeArticle({ createdBy: 'checker' });
  privateArticle = await arrangeArticle({ createdBy: 'checker' });
  await arrangeClaim({ articleId: privateArticle, status: 'in_review' });
  const statuses = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const;
  const arranged = await Promise.all(statuses.map((status) => arrangeClaim({ articleId: demoArticle, status, author: 'checker' })));
  claims = Object.fromEntries(statuses.map((status, index) => [status, arranged[index]!])) as typeof claims;
  comments = await Promise.all(arranged.map((claim) => arrangeComment(claim.id, 'editor')));
});

/** Everything of an article as the superuser sees it, to prove a refused write changed nothing. */
async function everythingOf(articleId: string) {
  return withDb(async (db) => ({
    article: (await db.query('select * from public.articles where id = $1', [articleId])).rows,
    claims: (await db.query('select * from public.claims where article_id = $1 order by id', [articleId])).rows,
    sources: (
      await db.query('select s.* from public.sources s join public.claims c on c.id = s.claim_id where c.article_id = $1 order by s.id', [articleId])
    ).rows,
    comments: (
      await db.query(
        'select m.* from public.claim_comments m join public.claims c on c.id = m.claim_id where c.article_id = $1 order by m.id',
        [articleId],
      )
    ).rows,
    events: (
      await db.query('select e.* from public.claim_events e join public.claims c on c.id = e.claim_id where c.article_id = $1 order by e.id', [
        articleId,
      ])
    ).rows,
  }));
}

function outsiders(): [string, Client][] {
  return [
    ['Harbour Gazette\'s admin', as.harbourAdmin],
    ['Harbour Gazette\'s checker', as.harbourChecker],
    ['a user in no newsroom', stranger],
    ['an anonymous reader', as.anon],
  ];
}

describe('what outsiders read of a newsroom\'s work: what is published, and nothing else', () => {
  it('articles: only those with a published claim', async () => {
    for (const [who, caller] of outsiders()) {
      const { data } = await caller.from('articles').select('id').in('id', [demoArticle, privateArticle]);
      expect(data, who).toEqual([{ id: demoArticle }]);
    }
  });

  it('claims: only the published one, whether listed, filtered by status or asked by id', async () => {
    for (const [who, caller] of outsiders()) {
      const { data } = await caller.from('claims').select('id, status').eq('article_id', demoArticle);
      expect(data, who).toEqual([{ id: claims.published.id, status: 'published' }]);
      const { data: inReview } = await caller.from('claims').select('id').eq('status', 'in_review').eq('article_id', privateArticle);
      expect(inReview, who).toEqual([]);
      const { data: byId } = await caller.from('claims').select('id').eq('id', claims.draft.id);
      expect(byId, who).toEqual([]);
    }
  });

  it('sources: only those of the published claim, also when embedded', async () => {
    for (const [who, caller] of outsiders()) {
      const { data } = await caller.from('sources').select('claim_id').in('claim_id', Object.values(claims).map((c) => c.id));
      expect(data, who).toEqual([{ claim_id: claims.published.id }]);
      const { data: embedded } = await caller.from('articles').select('id, claims(id, sources(id))').eq('id', demoArticle).single();
      expect(embedded?.claims.map((c) => c.id), who).toEqual([claims.published.id]);
    }
  });

  it('comments and the claim history: none, not even of the published claim', async () => {
    for (const [who, caller] of outsiders()) {
      const { data: seenComments } = await caller.from('claim_comments').select('id').in('id', comments);
      expect(seenComments ?? [], who).toEqual([]);
      const { data: events } = await caller.from('claim_events').select('id').in('claim_id', Object.values(claims).map((c) => c.id));
      expect(events ?? [], who).toEqual([]);
    }
  });

  it('verdicts: only those its published claims use, not its whole scale', async () => {
    const used = await withDb(async (db) =>
      (
        await db.query<{ id: string }>(
          `select distinct v.id from public.verdicts v join public.claims c on c.verdict_id = v.id
           where v.newsroom_id = $1 and c.status = 'published' order by 1`,
          [demoNewsroomId],
        )
      ).rows.map((row) => row.id),
    );
    expect(used).toContain('false');
    for (const [who, caller] of outsiders()) {
      const { data } = await caller.from('verdicts').select('id').eq('newsroom_id', demoNewsroomId).order('id');
      expect(data?.map((v) => v.id), who).toEqual(used);
    }
  });

  it('the dashboard: a member of another newsroom counts only the published claim, others nothing', async () => {
    for (const caller of [as.harbourAdmin, as.harbourChecker, stranger]) {
      const { data } = await caller.from('claim_counts_by_article').select('status, claims').eq('article_id', demoArticle);
      expect(data).toEqual([{ status: 'published', claims: 1 }]);
      const { data: none } = await caller.from('claim_counts_by_article').select('claims').eq('article_id', privateArticle);
      expect(none).toEqual([]);
    }
  });

  it('people: none of the newsroom\'s members', async () => {
    for (const [who, caller] of outsiders()) {
      const { data } = await caller.from('profiles').select('id').in('id', [demoUserIds.checker, demoUserIds.editor, demoUserIds.admin]);
      expect(data ?? [], who).toEqual([]);
    }
  });

  it('and the other way round: Demo Newsroom\'s members see Harbour Gazette\'s published claim and not its draft', async () => {
    for (const caller of [as.checker, as.editor, as.admin]) {
      const { data } = await caller.from('claims').select('id').eq('article_id', harbourArticleId);
      expect(data).toEqual([{ id: harbourPublishedClaimId }]);
      const { data: draft } = await caller.from('claims').select('id').eq('id', harbourDraftClaimId);
      expect(draft).toEqual([]);
    }
    const { data } = await as.harbourChecker.from('claims').select('id').eq('article_id', harbourArticleId).order('status');
    expect(data).toEqual([{ id: harbourDraftClaimId }, { id: harbourPublishedClaimId }]);
  });
});

describe('what outsiders change of a newsroom\'s work: nothing', () => {
  it('its articles: no edit, no deletion, no text correction, even by another newsroom\'s admin', async () => {
    const before = await everythingOf(demoArticle);
    for (const [who, caller] of outsiders()) {
      const { data: updated } = await caller.from('articles').update({ publisher: 'Defaced' }).eq('id', demoArticle).select();
      expect(updated ?? [], who).toEqual([]);
      const { data: deleted } = await caller.from('articles').delete().eq('id', demoArticle).select();
      expect(deleted ?? [], who).toEqual([]);
      const { error } = await caller.rpc('save_article_text', {
        article_id: demoArticle,
        body: { type: 'doc', content: [] },
        body_text: '',
        anchors: [],
        expected_updated_at: await updatedAtOf(demoArticle),
      });
      expect(error, who).not.toBeNull();
    }
    const { error, status } = await as.harbourAdmin.rpc('save_article_text', {
      article_id: privateArticle,
      body: { type: 'doc', content: [] },
      body_text: '',
      anchors: [],
      expected_updated_at: await updatedAtOf(privateArticle),
    });
    expect(status).toBe(404);
    expect(error?.message).toBe(`article ${privateArticle} not found`);
    expect(await everythingOf(demoArticle)).toEqual(before);
  });

  it('no article added to it, whoever adds it', async () => {
    for (const [who, caller] of outsiders()) {
      const title = marker('intruding article');
      const { error } = await caller
        .from('articles')
        .insert({ newsroom_id: demoNewsroomId, title, body: { type: 'doc', content: [] }, body_text: '' });
      expect(error, who).not.toBeNull();
      expect(await countWhere('articles', 'title', title), who).toBe(0);
    }
  });

  it('its claims: none created on its articles, none edited or deleted, in any status', async () => {
    const before = await everythingOf(demoArticle);
    for (const [who, caller] of outsiders()) {
      const claimText = marker('intruding claim');
      const { error } = await caller
        .from('claims')
        .insert({ article_id: demoArticle, quote_exact: 'beta gamma', start_offset: 6, end_offset: 16, claim_text: claimText });
      expect(error, who).not.toBeNull();
      expect(await countWhere('claims', 'claim_text', claimText), who).toBe(0);
      for (const claim of Object.values(claims)) {
        const { data: updated } = await caller.from('claims').update({ claimant: 'Intruder', version: claim.version }).eq('id', claim.id).select();
        expect(updated ?? [], who).toEqual([]);
        const { data: deleted } = await caller.from('claims').delete().eq('id', claim.id).select();
        expect(deleted ?? [], who).toEqual([]);
        const { error: deletedByRpc } = await caller.rpc('delete_claim', { claim_id: claim.id, reason: 'Intruding.' });
        expect(deletedByRpc, who).not.toBeNull();
      }
    }
    expect(await everythingOf(demoArticle)).toEqual(before);
  });

  it('its claims through save_claim: neither a new claim on its article nor a change to one of its claims', async () => {
    const before = await everythingOf(demoArticle);
    for (const caller of [as.harbourAdmin, as.harbourChecker, stranger]) {
      const created = await caller.rpc('save_claim', {
        claim: { id: randomUUID(), article_id: demoArticle, quote_exact: 'beta gamma', start_offset: 6, end_offset: 16, claim_text: 'Intruding.' },
        sources: [],
      });
      expect(created.error).not.toBeNull();
      for (const claim of [claims.draft, claims.in_review, claims.published]) {
        const changed = await caller.rpc('save_claim', {
          claim: { id: claim.id, article_id: demoArticle, claim_text: 'Rewritten by an outsider.', version: 1 },
          sources: [],
        });
        expect(changed.error).not.toBeNull();
      }
    }
    expect(await everythingOf(demoArticle)).toEqual(before);
  });

  it('its sources and comments: none added, edited or removed', async () => {
    const source = await arrangeSource(claims.draft.id);
    const before = await everythingOf(demoArticle);
    for (const [who, caller] of outsiders()) {
      const { error: addedSource } = await caller
        .from('sources')
        .insert({ claim_id: claims.draft.id, url: 'https://example.org/intruder', stance: 'supports' });
      expect(addedSource, who).not.toBeNull();
      const { data: editedSource } = await caller.from('sources').update({ title: 'Intruder' }).eq('id', source).select();
      expect(editedSource ?? [], who).toEqual([]);
      const { data: removedSource } = await caller.from('sources').delete().eq('id', source).select();
      expect(removedSource ?? [], who).toEqual([]);
      const { error: comment } = await caller.from('claim_comments').insert({ claim_id: claims.published.id, body: 'Intruding comment' });
      expect(comment, who).not.toBeNull();
      const { data: removedComment } = await caller.from('claim_comments').delete().in('id', comments).select();
      expect(removedComment ?? [], who).toEqual([]);
    }
    expect(await everythingOf(demoArticle)).toEqual(before);
  });

  it('its workflow: another newsroom\'s admin neither submits, reviews, publishes nor deletes its claims, which are not found', async () => {
    const before = await everythingOf(demoArticle);
    for (const caller of [as.harbourAdmin, as.harbourChecker, stranger]) {
      for (const [step, args] of [
        ['submit_claim', { claim_id: claims.draft.id, expected_version: claims.draft.version }],
        ['review_claim', { claim_id: claims.in_review.id, decision: 'approve', expected_version: claims.in_review.version }],
        ['publish_claim', { claim_id: claims.approved.id, expected_version: claims.approved.version }],
        ['delete_claim', { claim_id: claims.draft.id, reason: 'Intruding.' }],
      ] as const) {
        const { error, status } = await caller.rpc(step, args as never);
        expect(status, step).toBe(404);
        expect(error?.message, step).toMatch(/^claim [0-9a-f-]+ not found$/);
      }
    }
    expect(await everythingOf(demoArticle)).toEqual(before);
  });

  it('may_edit_claim answers no for every claim of another newsroom', async () => {
    for (const caller of [as.harbourAdmin, stranger]) {
      for (const claim of Object.entries(claims)) {
        const { data, error } = await caller.rpc('may_edit_claim', {
          article_id: demoArticle,
          author: demoUserIds.checker,
          status: claim[0],
        });
        expect(error).toBeNull();
        expect(data, claim[0]).toBe(false);
      }
    }
    const { data: ownEditor } = await as.editor.rpc('may_edit_claim', { article_id: demoArticle, author: demoUserIds.checker, status: 'in_review' });
    expect(ownEditor).toBe(true);
  });

  it('its verdict scale and its settings: not changed by another newsroom\'s admin', async () => {
    const before = await withDb(async (db) => (await db.query('select * from public.verdicts where newsroom_id = $1 order by id', [demoNewsroomId])).rows);
    const label = marker('intruding verdict');
    const { error } = await as.harbourAdmin.from('verdicts').insert({ newsroom_id: demoNewsroomId, label, sort: 99, color: '#000000' });
    expect(error).not.toBeNull();
    const { data: updated } = await as.harbourAdmin.from('verdicts').update({ label: 'Pants on fire' }).eq('id', 'false').select();
    expect(updated).toEqual([]);
    const { data: deleted } = await as.harbourAdmin.from('verdicts').delete().eq('id', 'unverifiable').select();
    expect(deleted).toEqual([]);
    const after = await withDb(async (db) => (await db.query('select * from public.verdicts where newsroom_id = $1 order by id', [demoNewsroomId])).rows);
    expect(after).toEqual(before);
  });

  it('its membership: another newsroom\'s admin invites, promotes and removes nobody', async () => {
    const before = await withDb(async (db) => (await db.query('select * from public.newsroom_members where newsroom_id = $1 order by user_id', [demoNewsroomId])).rows);
    const invite = await as.harbourAdmin.rpc('invite_member', { newsroom_id: demoNewsroomId, email: 'friend@example.org', role: 'admin' });
    expect(invite.status).toBe(403);
    const promote = await as.harbourAdmin.rpc('set_member_role', { newsroom_id: demoNewsroomId, user_id: demoUserIds.checker, role: 'admin' });
    expect(promote.status).toBe(403);
    const remove = await as.harbourAdmin.rpc('remove_member', { newsroom_id: demoNewsroomId, user_id: demoUserIds.admin });
    expect(remove.status).toBe(403);
    const after = await withDb(async (db) => (await db.query('select * from public.newsroom_members where newsroom_id = $1 order by user_id', [demoNewsroomId])).rows);
    expect(after).toEqual(before);
    expect(await countWhere('newsroom_invitations', 'email', 'friend@example.org')).toBe(0);
  });
});

describe('a user in no newsroom', () => {
  it('writes nothing of anyone\'s but their profile: no article, claim or comment anywhere', async () => {
    for (const newsroomId of [demoNewsroomId, harbourNewsroomId]) {
      const title = marker('stranger article');
      const { error } = await stranger.from('articles').insert({ newsroom_id: newsroomId, title, body: { type: 'doc', content: [] }, body_text: '' });
      expect(error?.code).toBe('42501');
      expect(await countWhere('articles', 'title', title)).toBe(0);
    }
    const { error: comment } = await stranger.from('claim_comments').insert({ claim_id: harbourPublishedClaimId, body: 'Hello' });
    expect(comment?.code).toBe('42501');
  });
});

describe('roles are per newsroom', () => {
  let both: { client: Client; id: string };
  let harbourArticle: string;
  let harbourInReview: ArrangedClaim;
  let demoInReview: ArrangedClaim;

  beforeAll(async () => {
    const someone = await throwaways.signUpStranger('two-hats');
    both = someone;
    await withDb(async (db) => {
      await db.query("insert into public.newsroom_members (newsroom_id, user_id, role) values ($1, $3, 'editor'), ($2, $3, 'checker')", [
        demoNewsroomId,
        harbourNewsroomId,
        someone.id,
      ]);
    });
    harbourArticle = await arrangeArticle({ createdBy: 'harbourChecker' });
    harbourInReview = await arrangeClaim({ articleId: harbourArticle, author: 'harbourChecker', status: 'in_review' });
    demoInReview = await arrangeClaim({ author: 'checker', status: 'in_review' });
  });

  afterAll(async () => {
    await withDb((db) => db.query('delete from public.newsroom_members where user_id = $1', [both.id]));
  });

  it('an editor of one newsroom and a checker of another reviews in the first and not in the second', async () => {
    const refused = await both.client.rpc('review_claim', {
      claim_id: harbourInReview.id,
      decision: 'approve',
      expected_version: harbourInReview.version,
    });
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toBe('only editors and admins review claims');
    expect((await withDb(async (db) => (await db.query('select status from public.claims where id = $1', [harbourInReview.id])).rows[0]))).toEqual({
      status: 'in_review',
    });
    const { data, error } = await both.client.rpc('review_claim', {
      claim_id: demoInReview.id,
      decision: 'approve',
      expected_version: demoInReview.version,
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'approved', reviewed_by: both.id });
  });

  it('edits claims in review in the first, not in the second, and corrects article text only in the first', async () => {
    const inDemo = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { data: edited } = await both.client.from('claims').update({ rationale: 'Tightened.', version: inDemo.version }).eq('id', inDemo.id).select();
    expect(edited).toMatchObject([{ rationale: 'Tightened.' }]);
    const { data: notEdited } = await both.client
      .from('claims')
      .update({ rationale: 'No.', version: harbourInReview.version })
      .eq('id', harbourInReview.id)
      .select();
    expect(notEdited).toEqual([]);

    const save = async (articleId: string) =>
      both.client.rpc('save_article_text', {
        article_id: articleId,
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: testArticleText }] }] },
        body_text: testArticleText,
        anchors: [],
        expected_updated_at: await updatedAtOf(articleId),
      });
    const demoOwnArticle = await arrangeArticle({ createdBy: 'checker' });
    expect((await save(demoOwnArticle)).error).toBeNull();
    const refused = await save(harbourArticle);
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toBe("only the article's creator or an editor can change its text");
  });

  it('each newsroom\'s claims use that newsroom\'s verdicts', async () => {
    const harbourFalse = await verdictOf('harbour', 'False');
    expect(harbourFalse).not.toBe('false');
    const { data } = await both.client.from('claims').select('verdict_id').eq('id', harbourInReview.id).single();
    expect(data?.verdict_id).toBe(harbourFalse);
  });
});
