// The article page, live: a colleague's change to the article's claims, their sources,
// comments or history arrives on article:<id> (ids, status and version only) and the page
// fetches what changed again through PostgREST, where row-level security applies. A change
// of the article's own text is left to the save's conflict check: refetching it under
// someone correcting the text would pull the document from under their cursor.
import { useQueryClient } from '@tanstack/react-query';
import { useLiveTopic } from '../../../../entities/live/hooks/use-live-topic';
import { queryKeys } from '../../../../entities/query-keys';
import { claimQueries } from '../../api/claim-queries';

export function useLiveArticle(articleId: string) {
  const queryClient = useQueryClient();
  const refreshClaims = () => void queryClient.invalidateQueries({ queryKey: claimQueries.list(articleId).queryKey });
  return useLiveTopic(`article:${articleId}`, {
    onMessage: ({ event, payload }) => {
      if (event !== 'change') return;
      const claimId = typeof payload.claim_id === 'string' ? payload.claim_id : null;
      switch (payload.table) {
        case 'articles':
          return;
        case 'claim_comments':
          if (claimId !== null) void queryClient.invalidateQueries({ queryKey: queryKeys.comments.ofClaim(claimId) });
          return;
        case 'claim_events':
          if (claimId !== null) void queryClient.invalidateQueries({ queryKey: queryKeys.claimEvents.ofClaim(claimId) });
          return;
        default:
          refreshClaims();
          if (claimId !== null) void queryClient.invalidateQueries({ queryKey: queryKeys.claims.detail(claimId) });
      }
    },
    onRejoined: refreshClaims,
  });
}
