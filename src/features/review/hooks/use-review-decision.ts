// An editor's decision (approve, request changes, publish) on the version of the claim the
// editor was shown. When the database refuses it as stale (409), the latest version is
// fetched so the view can say what changed; nothing is decided behind the editor's back.
// A review decision takes the claim out of the queue and its count at once, and puts it
// back if the database refuses (the queue of the newsroom being reviewed).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { queryKeys } from '../../../entities/query-keys';
import { isVersionConflict } from '../../../entities/request-error/request-error';
import { getReviewClaim, type ReviewClaim } from '../api/get-review-claim';
import { publishClaim } from '../api/publish-claim';
import { reviewClaim } from '../api/review-claim';
import { reviewQueries } from '../api/review-queries';

export type DecisionAction = { kind: 'approve' } | { kind: 'request_changes'; note: string } | { kind: 'publish' };

export interface DecisionConflict {
  opened: ReviewClaim;
  latest: ReviewClaim | null;
}

export function useReviewDecision(opened: ReviewClaim, newsroomId: string) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<DecisionConflict | null>(null);

  const mutation = useMutation({
    mutationFn: async (action: DecisionAction) => {
      try {
        if (action.kind === 'publish') {
          return await publishClaim({ claimId: opened.id, expectedVersion: opened.version });
        }
        return await reviewClaim({
          claimId: opened.id,
          decision: action.kind,
          note: action.kind === 'request_changes' ? action.note : null,
          expectedVersion: opened.version,
        });
      } catch (error) {
        if (isVersionConflict(error)) setConflict({ opened, latest: await getReviewClaim(opened.id) });
        throw error;
      }
    },
    meta: {
      invalidates: [queryKeys.claims.all, queryKeys.claimEvents.ofClaim(opened.id)],
      // After a refusal the view keeps the version the editor opened until they choose to
      // review the latest one; only the lists are brought up to date.
      invalidatesOnError: [queryKeys.claims.lists()],
    },
    onMutate: async (action) => {
      if (action.kind === 'publish') return null;
      const queue = reviewQueries.queue(newsroomId);
      const count = reviewQueries.count(newsroomId);
      await Promise.all([
        queryClient.cancelQueries({ queryKey: queue.queryKey }),
        queryClient.cancelQueries({ queryKey: count.queryKey }),
      ]);
      const previous = { queue: queryClient.getQueryData(queue.queryKey), count: queryClient.getQueryData(count.queryKey) };
      queryClient.setQueryData(queue.queryKey, (data) =>
        data === undefined
          ? undefined
          : { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((item) => item.id !== opened.id) })) },
      );
      if (previous.queue === undefined || previous.queue.pages.some((page) => page.items.some((item) => item.id === opened.id))) {
        queryClient.setQueryData(count.queryKey, (waiting) => (waiting === undefined ? undefined : Math.max(0, waiting - 1)));
      }
      return previous;
    },
    onError: (_error, _action, previous) => {
      if (previous == null) return;
      queryClient.setQueryData(reviewQueries.queue(newsroomId).queryKey, previous.queue);
      queryClient.setQueryData(reviewQueries.count(newsroomId).queryKey, previous.count);
    },
  });

  const reviewLatest = async () => {
    if (conflict?.latest != null) queryClient.setQueryData(reviewQueries.detail(opened.id).queryKey, conflict.latest);
    setConflict(null);
    mutation.reset();
    await queryClient.invalidateQueries({ queryKey: queryKeys.claims.detail(opened.id) });
  };

  return { mutation, conflict, reviewLatest };
}
