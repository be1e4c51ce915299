// A checker takes their own submission back to draft until it is decided (withdraw_claim):
// the author only, only while in review, with the version read, recorded in the trail.
import { describe, expect, it } from 'vitest';
import { demoUserIds } from '../../stack/seed/seed-ids.ts';
import { useCallers } from '../support/callers.ts';
import { arrangeClaim, eventsOf, rowOf } from '../support/rls-fixtures.ts';

const as = useCallers();

describe('withdraw_claim', () => {
  it('the author takes a claim in review back to draft, in the trail', async () => {
    const claim = await arrangeClaim({ status: 'in_review' });
    const { data, error } = await as.checker.rpc('withdraw_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'draft', version: claim.version + 1 });
    expect((await eventsOf(claim.id)).at(-1)).toMatchObject({
      action: 'withdrawn',
      actor_id: demoUserIds.checker,
      from_status: 'in_review',
      to_status: 'draft',
    });
  });

  it('nobody else withdraws it, not even an editor or an admin, and a stale version is refused', async () => {
    const claim = await arrangeClaim({ status: 'in_review' });
    for (const caller of [as.checker2, as.editor, as.admin]) {
      const { status, error } = await caller.rpc('withdraw_claim', { claim_id: claim.id, expected_version: claim.version });
      expect(status).toBe(403);
      expect(error?.message).toBe('only the claim\'s author withdraws it from review');
    }
    const stale = await as.checker.rpc('withdraw_claim', { claim_id: claim.id, expected_version: claim.version + 5 });
    expect(stale.status).toBe(409);
    const outsider = await as.harbourAdmin.rpc('withdraw_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(outsider.status).toBe(404);
    expect(await rowOf('claims', claim.id)).toMatchObject({ status: 'in_review', version: claim.version });
  });

  it.each(['draft', 'changes_requested', 'approved', 'published'] as const)('a claim that is %s is not withdrawn', async (status) => {
    const claim = await arrangeClaim({ status });
    const refused = await as.checker.rpc('withdraw_claim', { claim_id: claim.id, expected_version: claim.version });
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toMatch(/only a claim waiting for review can be withdrawn/);
    expect(await rowOf('claims', claim.id)).toMatchObject({ status });
  });
});
