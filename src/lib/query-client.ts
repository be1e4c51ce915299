// The TanStack Query client shared by the whole app. Mutations say what they change in
// meta.invalidates (query keys from src/entities/query-keys.ts) and this client refreshes
// those queries when the mutation settles, so no page or route invalidates by hand and a
// change shows wherever it is on screen.
import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query';

export interface InvalidationMeta extends Record<string, unknown> {
  /** Refreshed once the mutation has succeeded. */
  invalidates?: readonly QueryKey[];
  /**
   * Refreshed after a failure, when that differs: a version conflict may keep on screen
   * what the user was shown while the lists catch up. Defaults to `invalidates`.
   */
  invalidatesOnError?: readonly QueryKey[];
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: InvalidationMeta;
  }
}

function keysToInvalidate(meta: InvalidationMeta | undefined, failed: boolean): readonly QueryKey[] {
  if (meta === undefined) return [];
  return (failed ? (meta.invalidatesOnError ?? meta.invalidates) : meta.invalidates) ?? [];
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // The mutation waits for these refreshes, so what its caller shows next is up to date.
    mutationCache: new MutationCache({
      onSettled: (_data, error, _variables, _context, mutation) =>
        Promise.all(
          keysToInvalidate(mutation.meta, error !== null).map((queryKey) => client.invalidateQueries({ queryKey })),
        ),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // One retry covers a dropped connection; row-level security refusals and missing
        // rows do not get better by asking three more times.
        retry: 1,
      },
    },
  });
  return client;
}

export const queryClient = createQueryClient();
