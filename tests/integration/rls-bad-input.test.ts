// Each kind of bad input from the issue gets a clear error through the API and stores
// nothing (or changes nothing).
import { describe, expect, it } from 'vitest';
import { seedArticleId } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeClaim, claimAsRead, countWhere, marker, rowOf, testArticleText } from '../support/rls-fixtures.ts';

const as = useCallers();

function claim(overrides: Record<string, unknown> = {}) {
  return {
    article_id: seedArticleId,
    quote_exact: 'United States',
    start_offset: 0,
    end_offset: 13,
    claim_text: marker('claim'),
    ...overrides,
  };
}

async function expectClaimRefused(row: ReturnType<typeof claim>, message: RegExp) {
  const { error, status } = await as.checker.from('claims').insert(row as never);
  expect(status).toBe(400);
  expect(error?.message).toMatch(message);
  expect(await countWhere('claims', 'claim_text', row.claim_text)).toBe(0);
}

describe('bad claims are refused and not stored', () => {
  it('an empty, blank or invisible claim', async () => {
    await expectClaimRefused(claim({ claim_text: '' }), /claims_claim_text_must_have_visible_text/);
    for (const invisible of [' \n\t ', '\u200b\u200b', '\u00a0\ufeff']) {
      const { error, status } = await as.checker.from('claims').insert(claim({ claim_text: invisible }) as never);
      expect(status).toBe(400);
      expect(error?.message).toMatch(/claims_claim_text_must_have_visible_text/);
      expect(await countWhere('claims', 'claim_text', invisible)).toBe(0);
    }
  });

  it('an empty, blank, invisible or 5,001-character quote', async () => {
    // Unanchored, so that the quote itself is judged (an anchored one must also be the text at its offsets).
    const unanchored = { start_offset: null, end_offset: null };
    await expectClaimRefused(claim({ ...unanchored, quote_exact: '' }), /claims_quote_exact_must_be_1_to_5000_characters/);
    await expectClaimRefused(claim({ ...unanchored, quote_exact: '   ' }), /claims_quote_exact_must_have_visible_text/);
    await expectClaimRefused(claim({ ...unanchored, quote_exact: '\u200b\u200c\u200d' }), /claims_quote_exact_must_have_visible_text/);
    await expectClaimRefused(claim({ ...unanchored, quote_exact: 'x'.repeat(5001) }), /claims_quote_exact_must_be_1_to_5000_characters/);
  });

  it('a quote of exactly 5,000 characters is fine', async () => {
    const row = claim({ quote_exact: 'x'.repeat(5000), start_offset: null, end_offset: null });
    const { error } = await as.checker.from('claims').insert(row as never);
    expect(error).toBeNull();
  });

  it('a prefix or suffix longer than 32 characters', async () => {
    await expectClaimRefused(claim({ quote_prefix: 'p'.repeat(33) }), /claims_quote_prefix_must_be_at_most_32_characters/);
    await expectClaimRefused(claim({ quote_suffix: 's'.repeat(33) }), /claims_quote_suffix_must_be_at_most_32_characters/);
  });

  it('offsets outside the article', async () => {
    const articleLength = (await rowOf('articles', seedArticleId))!.body_text as string;
    await expectClaimRefused(
      claim({ start_offset: 10, end_offset: articleLength.length + 1 }),
      new RegExp(`claim offsets 10\\.\\.${articleLength.length + 1} lie outside the article, whose text is ${articleLength.length} characters long`),
    );
    await expectClaimRefused(claim({ start_offset: -1, end_offset: 5 }), /claims_start_offset_must_not_be_negative/);
  });

  it('an end before (or at) the start', async () => {
    await expectClaimRefused(claim({ start_offset: 20, end_offset: 10 }), /claims_end_offset_must_be_after_start_offset/);
    await expectClaimRefused(claim({ start_offset: 20, end_offset: 20 }), /claims_end_offset_must_be_after_start_offset/);
  });

  it('only one of the two offsets', async () => {
    await expectClaimRefused(claim({ end_offset: null }), /claims_offsets_must_both_be_set_or_both_null/);
  });

  it('an unknown verdict', async () => {
    await expectClaimRefused(claim({ verdict_id: 'pants_on_fire' }), /unknown verdict "pants_on_fire": use one of true, mostly_true/);
  });

  it('a rationale over 20,000 characters', async () => {
    await expectClaimRefused(claim({ rationale: 'r'.repeat(20001) }), /claims_rationale_must_be_at_most_20000_characters/);
  });

  it('offsets that move outside the article on edit', async () => {
    const arranged = await arrangeClaim({ author: 'checker' });
    const before = await rowOf('claims', arranged.id);
    const { error, status } = await as.checker
      .from('claims')
      .update({ end_offset: testArticleText.length + 5, version: 1 })
      .eq('id', arranged.id);
    expect(status).toBe(400);
    expect(error?.message).toMatch(/lie outside the article/);
    expect(await rowOf('claims', arranged.id)).toEqual(before);
  });
});

describe('bad sources are refused and not stored', () => {
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x', 'https://', 'example.org'])(
    'a link that is not http(s): %s',
    async (url) => {
      const arranged = await arrangeClaim({ author: 'checker', complete: false });
      const { claim } = await claimAsRead(arranged.id);
      const { error, status } = await as.checker.rpc('save_claim', { claim, sources: [{ url, stance: 'supports' }] });
      expect(status).toBe(400);
      expect(error?.message).toMatch(/sources_url_must_be_http_or_https/);
      expect(await countWhere('sources', 'claim_id', arranged.id)).toBe(0);
    },
  );

  it('a link over 2,048 characters, and an unknown stance', async () => {
    const arranged = await arrangeClaim({ author: 'checker', complete: false });
    const { claim } = await claimAsRead(arranged.id);
    const long = await as.checker.rpc('save_claim', {
      claim,
      sources: [{ url: `https://example.org/${'a'.repeat(2048)}`, stance: 'supports' }],
    });
    expect(long.error?.message).toMatch(/sources_url_must_be_at_most_2048_characters/);
    const stance = await as.checker.rpc('save_claim', { claim, sources: [{ url: 'https://example.org', stance: 'agrees' }] });
    expect(stance.error?.message).toMatch(/sources_stance_must_be_supports_refutes_or_context/);
    expect(await countWhere('sources', 'claim_id', arranged.id)).toBe(0);
  });

  it('an upper-case HTTPS link is fine', async () => {
    const arranged = await arrangeClaim({ author: 'checker', complete: false });
    const { claim } = await claimAsRead(arranged.id);
    const { error } = await as.checker.rpc('save_claim', { claim, sources: [{ url: 'HTTPS://EXAMPLE.ORG/A', stance: 'context' }] });
    expect(error).toBeNull();
    expect(await countWhere('sources', 'claim_id', arranged.id)).toBe(1);
  });
});

describe('bad updates are refused and change nothing', () => {
  it('a status set by UPDATE', async () => {
    const arranged = await arrangeClaim({ author: 'checker' });
    const before = await rowOf('claims', arranged.id);
    const { error, status } = await as.checker.from('claims').update({ status: 'published', version: 1 }).eq('id', arranged.id);
    expect(status).toBe(403);
    expect(error?.message).toMatch(/status cannot be set by an update .*use submit_claim, review_claim or publish_claim/);
    expect(await rowOf('claims', arranged.id)).toEqual(before);
  });

  it('a stale version is HTTP 409 with a message saying what to do', async () => {
    const arranged = await arrangeClaim({ author: 'checker', status: 'in_review' });
    const first = await as.editor.from('claims').update({ rationale: 'First reviewer.', version: 1 }).eq('id', arranged.id);
    expect(first.error).toBeNull();
    const afterFirst = await rowOf('claims', arranged.id);
    const second = await as.admin.from('claims').update({ rationale: 'Second reviewer.', version: 1 }).eq('id', arranged.id);
    expect(second.status).toBe(409);
    expect(second.error?.code).toBe('PT409');
    expect(second.error?.message).toBe('claim changed since you read it: you sent version 1, it is now at version 2; reload it');
    expect(await rowOf('claims', arranged.id)).toEqual(afterFirst);
  });

  it('a stale expected_version on a workflow step is HTTP 409 too', async () => {
    const arranged = await arrangeClaim({ author: 'checker' });
    const { error, status } = await as.checker.rpc('submit_claim', { claim_id: arranged.id, expected_version: 7 });
    expect(status).toBe(409);
    expect(error?.message).toMatch(/you sent version 7, it is now at version 1/);
    expect((await rowOf('claims', arranged.id))?.status).toBe('draft');
  });

  it('approving your own claim (four eyes)', async () => {
    const arranged = await arrangeClaim({ author: 'editor', status: 'in_review' });
    const { error, status } = await as.editor.rpc('review_claim', { claim_id: arranged.id, decision: 'approve', expected_version: arranged.version });
    expect(status).toBe(403);
    expect(error?.message).toMatch(/nobody reviews their own claim/);
    expect((await rowOf('claims', arranged.id))?.status).toBe('in_review');
  });

  it('submitting with missing pieces names every one of them', async () => {
    const arranged = await arrangeClaim({ author: 'checker', complete: false });
    const before = await rowOf('claims', arranged.id);
    const all = await as.checker.rpc('submit_claim', { claim_id: arranged.id, expected_version: arranged.version });
    expect(all.status).toBe(400);
    expect(all.error?.message).toBe('cannot submit: add a verdict, a rationale and at least one source');

    const edit = await as.checker.from('claims').update({ verdict_id: 'false', rationale: '   ', version: arranged.version }).eq('id', arranged.id);
    expect(edit.error).toBeNull();
    const two = await as.checker.rpc('submit_claim', { claim_id: arranged.id, expected_version: arranged.version + 1 });
    expect(two.error?.message).toBe('cannot submit: add a rationale and at least one source');
    expect((await rowOf('claims', arranged.id))?.status).toBe(before!.status);
  });

  it('a blank or over-long comment', async () => {
    const arranged = await arrangeClaim();
    for (const body of ['', '  \n ', 'c'.repeat(5001)]) {
      const { error, status } = await as.checker.from('claim_comments').insert({ claim_id: arranged.id, body });
      expect(status).toBe(400);
      expect(error?.message).toMatch(/claim_comments_body_must/);
    }
    expect(await countWhere('claim_comments', 'claim_id', arranged.id)).toBe(0);
  });
});
