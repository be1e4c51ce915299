// Posting a comment: it appears at the end of the thread's last loaded page at once, marked as
// sending, and is taken out again if the server refuses it (the thread puts the text back in
// the box).
import { type InfiniteData, useMutation, useQueryClient } from '@tanstack/react-query';
import { addComment } from '../api/add-comment';
import { conversationQueries } from '../api/conversation-queries';
import type { Comment, CommentPage } from '../api/get-comments';

type Thread = InfiniteData<CommentPage, unknown>;

function mapComments(thread: Thread | undefined, change: (comments: Comment[], last: boolean) => Comment[]): Thread | undefined {
  if (thread === undefined) return undefined;
  return { ...thread, pages: thread.pages.map((page, index) => ({ ...page, items: change(page.items, index === thread.pages.length - 1) })) };
}

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
      queryClient.setQueryData(queryKey, (thread) => mapComments(thread, (comments, last) => (last ? [...comments, pending] : comments)));
      return { pendingId: pending.id };
    },
    onError: (_error, _body, context) => {
      if (context === undefined) return;
      queryClient.setQueryData(queryKey, (thread) => mapComments(thread, (comments) => comments.filter((comment) => comment.id !== context.pendingId)));
    },
    onSuccess: (saved, _body, context) => {
      queryClient.setQueryData(queryKey, (thread) =>
        mapComments(thread, (comments) => comments.map((comment) => (comment.id === context.pendingId ? saved : comment))),
      );
    },
  });
}
