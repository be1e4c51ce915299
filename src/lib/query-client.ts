// The TanStack Query client shared by the whole app.
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // One retry covers a dropped connection; row-level security refusals and missing
      // rows do not get better by asking three more times.
      retry: 1,
    },
  },
});
