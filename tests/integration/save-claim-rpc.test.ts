// save_claim through the REST API as each kind of caller: creating a claim with its sources,
// updating it with the version read, replacing its sources in one go, and every refusal
// (stale version, bad link, someone else's claim, malformed request) leaving claim and
// sources exactly as they were.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Tables } from '../../src/lib/database.types.ts';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeArticle, arrangeClaim, arrangeSource, countWhere, eventsOf, marker, rowOf, withDb } from '../support/rls-fixtures.ts';

const as = useCallers();

function newClaim(articleId: string, extra: Record<string, unknown> = {}) {
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
    ...extra,
  };
}

function newSource(extra: Record<string, unknown> = {}) {
  return {
    url: 'https://example.org/report',
    title: marker('source'),
    publisher: 'Example',
    quote: 'What the report says.',
    stance: 'refutes',
    accessed_on: '2025-11-20',
    ...extra,
  };
}

async function sourcesOf(claimId: string): Promise<Record<string, unknown>[]> {
  return withDb(async (db) => {
    const { rows } = await db.query('select * from public.sources where claim_id = $1 order by id', [claimId]);
    return rows as Record<string, unknown>[];
  });
}

async function snapshot(claimId: string) {
  return { claim: await rowOf('claims', claimId), sources: await sourcesOf(claimId), events: await eventsOf(claimId) };
}

type ClaimAsRead = Pick<
  Tables<'claims'>,
  | 'id'
  | 'article_id'
  | 'quote_exact'
  | 'quote_prefix'
  | 'quote_suffix'
  | 'start_offset'
  | 'end_offset'
  | 'claim_text'
  | 'claimant'
  | 'verdict_id'
  | 'rationale'
  | 'version'
>;

// The claim as a client read it, ready to send back with changes.
async function asRead(claimId: string): Promise<ClaimAsRead> {
  const row = (await rowOf('claims', claimId)) as ClaimAsRead | null;
  if (row === null) throw new Error(`claim ${claimId} does not exist`);
  return {
    id: row.id,
    article_id: row.article_id,
    quote_exact: row.quote_exact,
    quote_prefix: row.quote_prefix,
    quote_suffix: row.quote_suffix,
    start_offset: row.start_offset,
    end_offset: row.end_offset,
    claim_text: row.claim_text,
    claimant: row.claimant,
    verdict_id: row.verdict_id,
    rationale: row.rationale,
    version: row.version,
  };
}

describe('creating a claim', () => {
  it('a checker creates a draft with its sources in one call', async () => {
    const articleId = await arrangeArticle();
    const claim = newClaim(articleId, { verdict_id: 'false', rationale: '<p>Wrong.</p>' });
    const sourceId = randomUUID();
    const { data, error } = await as.checker.rpc('save_claim', {
      claim,
      sources: [newSource({ id: sourceId }), newSource({ stance: 'context', accessed_on: null })],
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ ...claim, status: 'draft', version: 1, created_by: demoUserIds.checker });

    const sources = await sourcesOf(claim.id);
    expect(sources).toHaveLength(2);
    expect(sources.map((s) => s.id)).toContain(sourceId);
    for (const source of sources) expect(source.created_by).toBe(demoUserIds.checker);
    expect(await eventsOf(claim.id)).toMatchObject([{ action: 'created', actor_id: demoUserIds.checker }]);
  });

  it('anonymous callers cannot call it, and nothing is created', async () => {
    const claim = newClaim(await arrangeArticle());
    const { error } = await as.anon.rpc('save_claim', { claim, sources: [newSource()] });
    expect(error).not.toBeNull();
    expect(await rowOf('claims', claim.id)).toBeNull();
  });

  it('a javascript: source link is refused, and neither claim nor source is stored', async () => {
    const claim = newClaim(await arrangeArticle());
    const source = newSource({ url: 'javascript:alert(1)' });
    const { error, status } = await as.checker.rpc('save_claim', { claim, sources: [newSource(), source] });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/sources_url_must_be_http_or_https/);
    expect(await rowOf('claims', claim.id)).toBeNull();
    expect(await countWhere('sources', 'title', source.title)).toBe(0);
  });

  it('offsets outside the article are refused and nothing is stored', async () => {
    const claim = newClaim(await arrangeArticle(), { start_offset: 60, end_offset: 500 });
    const { error } = await as.checker.rpc('save_claim', { claim, sources: [] });
    expect(error?.message).toMatch(/outside the article/);
    expect(await rowOf('claims', claim.id)).toBeNull();
  });

  it('workflow fields and authorship cannot be sent', async () => {
    const articleId = await arrangeArticle();
    for (const extra of [{ status: 'published' }, { created_by: demoUserIds.checker2 }, { reviewed_by: demoUserIds.editor }]) {
      const claim = newClaim(articleId, extra);
      const { error, status } = await as.checker.rpc('save_claim', { claim, sources: [] });
      expect(status).toBe(400);
      expect(error?.message).toMatch(/claim has fields save_claim does not set/);
      expect(await rowOf('claims', claim.id)).toBeNull();
    }
  });

  it('a claim without an id, or sent with a version though it does not exist, is refused', async () => {
    const articleId = await arrangeArticle();
    const { id: _id, ...withoutId } = newClaim(articleId);
    const { error: noId } = await as.checker.rpc('save_claim', { claim: withoutId, sources: [] });
    expect(noId?.message).toMatch(/claim.id is required/);
    expect(await countWhere('claims', 'claim_text', withoutId.claim_text)).toBe(0);

    const deleted = newClaim(articleId, { version: 3 });
    const { status } = await as.checker.rpc('save_claim', { claim: deleted, sources: [] });
    expect(status).toBe(404);
    expect(await rowOf('claims', deleted.id)).toBeNull();
  });
});

describe('updating a claim', () => {
  it('the author updates their draft with the version read and replaces its sources', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const [kept] = await sourcesOf(claim.id);
    const dropped = await arrangeSource(claim.id, 'checker');
    const read = await asRead(claim.id);

    const { data, error } = await as.checker.rpc('save_claim', {
      claim: { ...read, claimant: 'The minister', verdict_id: 'misleading' },
      sources: [
        newSource({ id: kept!.id, url: 'https://example.org/updated', title: 'Updated', stance: 'supports' }),
        newSource({ title: 'Added' }),
      ],
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ id: claim.id, claimant: 'The minister', verdict_id: 'misleading', version: 2 });

    const sources = await sourcesOf(claim.id);
    expect(sources.map((s) => s.title).sort()).toEqual(['Added', 'Updated']);
    expect(sources.find((s) => s.id === kept!.id)).toMatchObject({
      url: 'https://example.org/updated',
      stance: 'supports',
      created_by: demoUserIds.checker,
    });
    expect(await rowOf('sources', dropped)).toBeNull();
  });

  it('an editor updates a claim in review; an empty list removes every source', async () => {
    const claim = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const { data, error } = await as.editor.rpc('save_claim', {
      claim: { ...(await asRead(claim.id)), rationale: '<p>Tightened.</p>' },
      sources: [],
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ rationale: '<p>Tightened.</p>', version: 2, status: 'in_review' });
    expect(await sourcesOf(claim.id)).toEqual([]);
  });

  it('without the version read, it says to send it and changes nothing', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await snapshot(claim.id);
    const { version: _version, ...read } = await asRead(claim.id);
    const { error, status } = await as.checker.rpc('save_claim', { claim: { ...read, claimant: 'x' }, sources: [] });
    expect(status).toBe(400);
    expect(error?.message).toMatch(/send the version you read/);
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it('a stale version is HTTP 409, and neither the claim nor its sources change', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const read = await asRead(claim.id);
    const { error: first } = await as.checker.rpc('save_claim', {
      claim: { ...read, claimant: 'First save' },
      sources: [newSource()],
    });
    expect(first).toBeNull();
    const before = await snapshot(claim.id);

    const { error, status } = await as.checker.rpc('save_claim', {
      claim: { ...read, claimant: 'Second save' },
      sources: [newSource({ title: 'from the stale form' })],
    });
    expect(status).toBe(409);
    expect(error?.code).toBe('PT409');
    expect(error?.message).toMatch(/claim changed since you read it: you sent version 1, it is now at version 2/);
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it('one bad source undoes the whole save: no claim change, no source updated, added or removed', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const [existing] = await sourcesOf(claim.id);
    await arrangeSource(claim.id, 'checker');
    const before = await snapshot(claim.id);

    const { error } = await as.checker.rpc('save_claim', {
      claim: { ...(await asRead(claim.id)), claimant: 'changed' },
      sources: [
        newSource({ id: existing!.id, title: 'changed' }),
        newSource({ title: 'fine' }),
        newSource({ url: 'javascript:alert(1)' }),
      ],
    });
    expect(error?.message).toMatch(/sources_url_must_be_http_or_https/);
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it('another checker cannot write someone else\'s draft, nor an editor a draft; nothing changes', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await snapshot(claim.id);
    for (const caller of [as.checker2, as.editor]) {
      const { error, status } = await caller.rpc('save_claim', {
        claim: { ...(await asRead(claim.id)), claimant: 'not mine' },
        sources: [newSource()],
      });
      expect(status).toBe(403);
      expect(error?.message).toMatch(/you may not edit this claim: it is draft/);
    }
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it.each(['in_review', 'approved', 'published'] as const)('the author cannot write their claim once %s', async (status) => {
    const claim = await arrangeClaim({ author: 'checker', status });
    const before = await snapshot(claim.id);
    const { status: httpStatus } = await as.checker.rpc('save_claim', {
      claim: { ...(await asRead(claim.id)), claimant: 'changed' },
      sources: [],
    });
    expect(httpStatus).toBe(403);
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it('a source of another claim cannot be taken over', async () => {
    const mine = await arrangeClaim({ author: 'checker' });
    const other = await arrangeClaim({ author: 'checker2' });
    const [othersSource] = await sourcesOf(other.id);
    const before = { mine: await snapshot(mine.id), other: await snapshot(other.id) };

    const { error } = await as.checker.rpc('save_claim', {
      claim: await asRead(mine.id),
      sources: [newSource({ id: othersSource!.id, title: 'hijacked' })],
    });
    expect(error?.message).toMatch(/belong to another claim/);
    expect(await snapshot(mine.id)).toEqual(before.mine);
    expect(await snapshot(other.id)).toEqual(before.other);
  });

  it('keeps the stored quote and offsets: a form read before the text was re-anchored cannot put old offsets back', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const read = await asRead(claim.id);
    const before = await rowOf('claims', claim.id);
    const { data, error } = await as.checker.rpc('save_claim', {
      claim: { ...read, start_offset: 0, end_offset: 5, quote_exact: 'something else', claimant: 'Someone' },
      sources: [],
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({
      claimant: 'Someone',
      quote_exact: before!.quote_exact,
      start_offset: before!.start_offset,
      end_offset: before!.end_offset,
    });
  });

  it('an article cannot be swapped under a claim', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await snapshot(claim.id);
    const { error } = await as.checker.rpc('save_claim', {
      claim: { ...(await asRead(claim.id)), article_id: await arrangeArticle() },
      sources: [],
    });
    expect(error?.message).toMatch(/cannot be changed by an update: article_id/);
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it('malformed sources are refused with a message', async () => {
    const claim = await arrangeClaim({ author: 'checker' });
    const before = await snapshot(claim.id);
    const read = await asRead(claim.id);
    const attempts: Array<[unknown, RegExp]> = [
      [null, /sources must be a JSON array/],
      [{ url: 'https://example.org' }, /sources must be a JSON array/],
      [[newSource({ claim_id: claim.id })], /sources have fields save_claim does not set: claim_id/],
      [[newSource({ stance: 'maybe' })], /sources_stance_must_be_supports_refutes_or_context/],
    ];
    for (const [sources, message] of attempts) {
      const { error } = await as.checker.rpc('save_claim', { claim: read, sources: sources as never });
      expect(error?.message).toMatch(message);
    }
    expect(await snapshot(claim.id)).toEqual(before);
  });
});

describe('save_claim itself', () => {
  it('runs as the caller (security invoker), callable by signed-in users only', async () => {
    const [fn] = await withDb(async (db) => {
      const { rows } = await db.query<{ definer: boolean; anon: boolean; authenticated: boolean }>(
        `select p.prosecdef as definer,
           has_function_privilege('anon', p.oid, 'execute') as anon,
           has_function_privilege('authenticated', p.oid, 'execute') as authenticated
         from pg_proc p where p.oid = 'public.save_claim(jsonb,jsonb)'::regprocedure`,
      );
      return rows;
    });
    expect(fn).toEqual({ definer: false, anon: false, authenticated: true });
  });
});
