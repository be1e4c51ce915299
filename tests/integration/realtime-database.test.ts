// Broadcast from the database (migration 20251208000021 on realtime.send, delivered by the
// local service as Supabase delivers realtime.messages): a claim saved through the API
// reaches the members on its article topic with ids, status and version and nothing more; a
// status change reaches the newsroom topic; a decision or a comment is a notification stored
// for its recipient and sent on their user topic, never to the one who acted. Also
// realtime.send and realtime.broadcast_changes themselves, with Supabase's payloads, and a
// message sent with private = false, which only public channels hear.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { demoNewsroomId, demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { anonClient, withDb } from '../support/clients.ts';
import { broadcastOf, eventually, join, settle, useChannels } from '../support/realtime.ts';
import { arrangeArticle, arrangeClaim, marker } from '../support/rls-fixtures.ts';

const as = useCallers();
useChannels();

function newClaim(articleId: string) {
  return {
    id: randomUUID(),
    article_id: articleId,
    quote_exact: 'beta gamma',
    quote_prefix: 'Alpha ',
    quote_suffix: ' delta.',
    start_offset: 6,
    end_offset: 16,
    claim_text: marker('claim'),
    claimant: 'A minister',
    verdict_id: null,
    rationale: null,
  };
}

describe('article topics', () => {
  it('a claim saved through save_claim reaches a member on the article\'s topic, with ids, status and version only', async () => {
    const articleId = await arrangeArticle();
    const editor = await join(as.editor, `article:${articleId}`);
    const claim = newClaim(articleId);
    const sourceId = randomUUID();
    const { error } = await as.checker.rpc('save_claim', {
      claim,
      sources: [{ id: sourceId, url: 'https://example.org/r', title: 'Report', publisher: null, quote: null, stance: 'refutes', accessed_on: null }],
    });
    expect(error).toBeNull();
    const saved = await broadcastOf(editor, 'change', (p) => p.table === 'claims');
    expect(saved.payload).toEqual({ table: 'claims', operation: 'INSERT', id: claim.id, claim_id: claim.id, article_id: articleId, status: 'draft', version: 1 });
    expect(saved.meta?.id).toEqual(expect.any(String));
    const source = await broadcastOf(editor, 'change', (p) => p.table === 'sources');
    expect(source.payload).toEqual({ table: 'sources', operation: 'INSERT', id: sourceId, claim_id: claim.id, article_id: articleId });
    await broadcastOf(editor, 'change', (p) => p.table === 'claim_events' && p.claim_id === claim.id);
  });

  it('a comment and a deletion reach it too', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'draft' });
    const editor = await join(as.editor, `article:${claim.articleId}`);
    const { data, error } = await as.checker.from('claim_comments').insert({ claim_id: claim.id, body: 'Checked the date.' }).select('id').single();
    expect(error).toBeNull();
    const comment = await broadcastOf(editor, 'change', (p) => p.table === 'claim_comments');
    expect(comment.payload).toEqual({ table: 'claim_comments', operation: 'INSERT', id: data!.id, claim_id: claim.id, article_id: claim.articleId });
    await withDb((db) => db.query('delete from public.claims where id = $1', [claim.id]));
    const deleted = await broadcastOf(editor, 'change', (p) => p.table === 'claims' && p.operation === 'DELETE');
    expect(deleted.payload).toMatchObject({ id: claim.id, article_id: claim.articleId, status: 'draft' });
  });
});

describe('newsroom topics', () => {
  it('a submission is a status change on the newsroom\'s topic', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'draft' });
    const editor = await join(as.editor, `newsroom:${demoNewsroomId}`);
    const { error } = await as.checker.rpc('submit_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(error).toBeNull();
    const change = await broadcastOf(editor, 'claim_status', (p) => p.id === claim.id);
    expect(change.payload).toEqual({
      table: 'claims',
      operation: 'UPDATE',
      id: claim.id,
      article_id: claim.articleId,
      status: 'in_review',
      from_status: 'draft',
      version: claim.version + 1,
    });
  });
});

describe('notifications', () => {
  it('an approval tells the author on their user topic and is stored for them alone', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const checker = await join(as.checker, `user:${demoUserIds.checker}`);
    const editorsOwn = await join(as.editor, `user:${demoUserIds.editor}`);
    const { error } = await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'approve', expected_version: claim.version });
    expect(error).toBeNull();
    const told = await broadcastOf(checker, 'notification', (p) => p.claim_id === claim.id);
    expect(told.payload).toEqual({
      table: 'notifications',
      operation: 'INSERT',
      id: expect.any(String),
      kind: 'approved',
      claim_id: claim.id,
      article_id: claim.articleId,
    });
    const mine = await as.checker.from('notifications').select('*').eq('claim_id', claim.id);
    expect(mine.data).toEqual([expect.objectContaining({ id: told.payload.id, kind: 'approved', actor_name: expect.any(String), read_at: null, recipient_id: demoUserIds.checker })]);
    expect((await as.checker2.from('notifications').select('id').eq('claim_id', claim.id)).data).toEqual([]);
    expect((await as.editor.from('notifications').select('id').eq('claim_id', claim.id)).data).toEqual([]);
    await settle();
    expect(editorsOwn.broadcasts).toEqual([]);
  });

  it('the recipient marks one read, and changes nothing else', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'request_changes', note: 'Which report?', expected_version: claim.version });
    const { data } = await as.checker.from('notifications').select('id, kind').eq('claim_id', claim.id).single();
    expect(data?.kind).toBe('changes_requested');
    const read = await as.checker.from('notifications').update({ read_at: new Date().toISOString() }).eq('id', data!.id).select('read_at').single();
    expect(read.error).toBeNull();
    expect(read.data?.read_at).not.toBeNull();
    const forged = await as.checker.from('notifications').update({ kind: 'published' }).eq('id', data!.id);
    expect(forged.error?.code).toBe('42501');
    const someoneElse = await as.checker2.from('notifications').update({ read_at: null }).eq('id', data!.id).select('id');
    expect(someoneElse.data).toEqual([]);
    expect((await as.checker.from('notifications').insert({ recipient_id: demoUserIds.checker, kind: 'comment', claim_id: claim.id, article_id: claim.articleId, actor_name: 'x' })).error?.code).toBe('42501');
  });

  it('a comment tells whoever wrote or reviewed the claim, not its own author', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    await as.editor.rpc('review_claim', { claim_id: claim.id, decision: 'request_changes', note: 'Source?', expected_version: claim.version });
    const editor = await join(as.editor, `user:${demoUserIds.editor}`);
    const { error } = await as.checker2.from('claim_comments').insert({ claim_id: claim.id, body: 'I have the source.' });
    expect(error).toBeNull();
    const told = await broadcastOf(editor, 'notification', (p) => p.claim_id === claim.id && p.kind === 'comment');
    expect(told.payload.article_id).toBe(claim.articleId);
    const recipients = await withDb(async (db) => {
      const { rows } = await db.query<{ recipient_id: string; actor_name: string }>(
        `select recipient_id, actor_name from public.notifications where claim_id = $1 and kind = 'comment' order by recipient_id`,
        [claim.id],
      );
      return rows;
    });
    expect(recipients.map((r) => r.recipient_id).sort()).toEqual([demoUserIds.checker, demoUserIds.editor].sort());
    const [{ display_name: commenter } = { display_name: '' }] = await withDb(async (db) => (await db.query<{ display_name: string }>('select display_name from public.profiles where id = $1', [demoUserIds.checker2])).rows);
    expect(new Set(recipients.map((r) => r.actor_name))).toEqual(new Set([commenter]));
  });
});

describe('realtime.send and realtime.broadcast_changes', () => {
  it('send adds the message id to a payload without one, as Supabase\'s does', async () => {
    const articleId = await arrangeArticle();
    const member = await join(as.checker, `article:${articleId}`);
    await withDb((db) => db.query(`select realtime.send('{"note": "ça va"}', 'custom', $1)`, [`article:${articleId}`]));
    const message = await broadcastOf(member, 'custom');
    expect(message.payload).toEqual({ note: 'ça va', id: message.meta?.id });
  });

  it('broadcast_changes sends the old and new record, the operation, the table and the schema', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'draft' });
    const member = await join(as.checker, `article:${claim.articleId}`);
    await withDb((db) =>
      db.query(`select realtime.broadcast_changes($1, 'claim_row', 'UPDATE', 'claims', 'public', c, c) from public.claims c where c.id = $2`, [
        `article:${claim.articleId}`,
        claim.id,
      ]),
    );
    const message = await broadcastOf(member, 'claim_row');
    expect(message.payload).toMatchObject({ operation: 'UPDATE', table: 'claims', schema: 'public', record: { id: claim.id }, old_record: { id: claim.id } });
  });

  it('a message sent with private = false reaches public channels of the topic only', async () => {
    const topic = `room-${randomUUID()}`;
    const open = await join(anonClient(), topic, { private: false });
    await withDb((db) => db.query(`select realtime.send('{"hello": 1}', 'open', $1, false)`, [topic]));
    await broadcastOf(open, 'open');
    const articleId = await arrangeArticle();
    const member = await join(as.checker, `article:${articleId}`);
    const onlyPublic = await join(anonClient(), `article:${articleId}`, { private: false });
    await withDb((db) => db.query(`select realtime.send('{"public": true}', 'open', $1, false)`, [`article:${articleId}`]));
    await broadcastOf(onlyPublic, 'open');
    await settle();
    expect(member.broadcasts).toEqual([]);
    await eventually(() => (open.broadcasts.length === 1 ? true : undefined), 'one message on the public room');
  });
});
