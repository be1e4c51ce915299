import type { QueryKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createQueryClient, type InvalidationMeta } from './query-client';

const cached: QueryKey[] = [
  ['claims', 'list', 'article-1'],
  ['claims', 'detail', 'claim-1'],
  ['claim-events', 'claim-1'],
  ['articles', 'list'],
];

async function invalidatedAfter(outcome: 'succeeds' | 'fails', meta: InvalidationMeta): Promise<string[]> {
  const client = createQueryClient();
  for (const queryKey of cached) client.setQueryData(queryKey, 'fresh');
  const mutation = client.getMutationCache().build(client, {
    mutationFn: async () => {
      if (outcome === 'fails') throw new Error('refused');
      return 'saved';
    },
    meta,
  });
  await mutation.execute(undefined).catch(() => undefined);
  return client
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.isInvalidated)
    .map((query) => query.queryKey.join('/'))
    .sort();
}

describe('mutations declare what they invalidate', () => {
  it.each<{ name: string; outcome: 'succeeds' | 'fails'; meta: InvalidationMeta; expected: string[] }>([
    {
      name: 'a success refreshes every query under the keys it declares',
      outcome: 'succeeds',
      meta: { invalidates: [['claims'], ['claim-events']] },
      expected: ['claim-events/claim-1', 'claims/detail/claim-1', 'claims/list/article-1'],
    },
    {
      name: 'a failure refreshes the same when it declares nothing else',
      outcome: 'fails',
      meta: { invalidates: [['claims', 'detail']] },
      expected: ['claims/detail/claim-1'],
    },
    {
      name: 'a failure refreshes only what it declares for failures',
      outcome: 'fails',
      meta: { invalidates: [['claims'], ['claim-events']], invalidatesOnError: [['claims', 'list']] },
      expected: ['claims/list/article-1'],
    },
    { name: 'a mutation that declares nothing refreshes nothing', outcome: 'succeeds', meta: {}, expected: [] },
  ])('$name', async ({ outcome, meta, expected }) => {
    expect(await invalidatedAfter(outcome, meta)).toEqual(expected);
  });
});
