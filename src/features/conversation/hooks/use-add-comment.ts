// Posting a comment: it appears at the end of the thread at once, marked as sending, and is
// taken out again if the server refuses it (the thread puts the text back in the box).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addComment } from '../api/add-comment';
import { conversationQueries } from '../api/conversation-queries';
import type { Comment } from '../api/get-comments';

export function useAddComment(claimId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = conversationQueries.comments(claimId);
  return useMutation({
    mutationFn: (body: string) => addComment({ claimId, body }),
    meta: { invalidates: [queryKey] },
    onMutate: async (body) => {
      await queryClient.cancelQueries({ queryKey });
      const pending: Comment = {
        id: `pending-${crypto.randomUUID()}`,
        claim_id: claimId,
        body,
        created_at: new Date().toISOString(),
        author_id: null,
        author: null,
        pending: true,
      };
      queryClient.setQueryData(queryKey, (comments) => [...(comments ?? []), pending]);
      return { pendingId: pending.id };
    },
    onError: (_error, _body, context) => {
      if (context === undefined) return;
      queryClient.setQueryData(queryKey, (comments) => comments?.filter((comment) => comment.id !== context.pendingId));
    },
    onSuccess: (saved, _body, context) => {
      queryClient.setQueryData(queryKey, (comments) =>
        (comments ?? []).map((comment) => (comment.id === context.pendingId ? saved : comment)),
      );
    },
  });
}
