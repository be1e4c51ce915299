// The discussion on one claim: comments oldest first with author and time, a page at a time
// with their number, and a box to add one. A comment the server refuses is taken out of the thread and its text put back in the
// box with the reason, so nothing typed is lost (the box's text also survives a reload).
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { LoadMore } from '../../../components/load-more';
import { flattenPages } from '../../../lib/keyset';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import { conversationQueries } from '../api/conversation-queries';
import { isNetworkFailure } from '../../../entities/request-error/request-error';
import { useAddComment } from '../hooks/use-add-comment';
import { useCommentDraft } from '../hooks/use-comment-draft';
import { formatDateTime } from '../../../lib/format-date';
import { LinkifiedText } from './linkified-text';
import './conversation.css';

const maxCommentLength = 5000;

function failureMessage(error: unknown): string {
  if (isNetworkFailure(error)) {
    return 'The server could not be reached. Check your connection and post again.';
  }
  return error instanceof Error ? error.message : String(error);
}

export function CommentThread({ claimId }: { claimId: string }) {
  const headingId = useId();
  const fieldId = useId();
  const problemId = useId();
  const comments = useInfiniteQuery({ ...conversationQueries.comments(claimId), select: flattenPages });
  const count = useQuery(conversationQueries.commentCount(claimId));
  const listRef = useRef<HTMLOListElement>(null);
  const addComment = useAddComment(claimId);
  const [draft, setDraft] = useCommentDraft(claimId);
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = draft;
    if (body.trim() === '') {
      setProblem('Write something before posting.');
      return;
    }
    setProblem(null);
    setDraft('');
    addComment.mutate(body, {
      onError: (error) => {
        // Whatever was typed meanwhile stays, after the text that failed to post.
        setDraft((current) => (current === '' ? body : `${body}\n\n${current}`));
        setProblem(`Your comment was not posted: ${failureMessage(error)}`);
      },
    });
  }

  return (
    <section className="comment-thread" aria-labelledby={headingId}>
      <h2 id={headingId}>Comments</h2>
      {comments.isPending ? (
        <LoadingStatus>Loading comments…</LoadingStatus>
      ) : comments.isError ? (
        <ErrorAlert title="The comments could not be loaded.">
          <p>{failureMessage(comments.error)}</p>
          <button type="button" className="button button-quiet" onClick={() => void comments.refetch()}>
            Try again
          </button>
        </ErrorAlert>
      ) : comments.data.length === 0 ? (
        <p className="conversation-empty">No comments yet.</p>
      ) : (
        <>
        <ol className="comment-list" ref={listRef}>
          {comments.data.map((comment) => (
            <li key={comment.id} className="comment" aria-busy={comment.pending === true}>
              <p className="comment-meta">
                <span className="comment-author">{comment.pending ? 'You' : (comment.author?.display_name ?? 'A removed user')}</span>{' '}
                <time dateTime={comment.created_at}>{formatDateTime(comment.created_at)}</time>
                {comment.pending ? <span className="comment-sending"> · sending…</span> : null}
              </p>
              <p className="comment-body">
                <LinkifiedText text={comment.body} />
              </p>
            </li>
          ))}
        </ol>
        <LoadMore
          shown={comments.data.length}
          total={count.data === undefined ? undefined : Math.max(count.data, comments.data.length)}
          noun={['comment', 'comments']}
          hasMore={comments.hasNextPage}
          loading={comments.isFetchingNextPage}
          onLoadMore={() => void comments.fetchNextPage()}
          listRef={listRef}
        />
        </>
      )}
      <form className="comment-form" onSubmit={submit} noValidate>
        <label htmlFor={fieldId}>Add a comment</label>
        <textarea
          id={fieldId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          maxLength={maxCommentLength}
          rows={3}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : problemId}
        />
        {problem === null ? null : (
          <p id={problemId} role="alert" className="field-problem">
            {problem}
          </p>
        )}
        <button type="submit" className="button button-primary">
          Post comment
        </button>
      </form>
    </section>
  );
}
