// My work: the signed-in user's claims grouped by status, the ones sent back for changes
// first with the editor's note. Each leads to the claim itself, opened in its article's panel
// and marked in the text, for editing and Submit for review.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { MyWorkItem } from '../api/get-my-work';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { reviewQueries } from '../api/review-queries';
import { claimStatusLabel } from '../../../entities/claim-status/claim-status';
import { formatDateTime } from '../../../lib/format-date';
import { groupByStatus } from '../utils/group-my-work';
import { VerdictBadge } from '../../../entities/verdicts/components/verdict-badge';
import './review.css';

function MyWorkClaim({ item }: { item: MyWorkItem }) {
  const request = item.status === 'changes_requested' ? item.request : null;
  return (
    <li className="my-work-item">
      <article aria-label={item.claim_text}>
        <p>
          <Link to={`/articles/${item.article_id}?claim=${item.id}`}>
            <strong>{item.claim_text}</strong>
          </Link>
        </p>
        <p>
          <VerdictBadge verdict={item.verdict} /> · in{' '}
          {item.article ? <Link to={`/articles/${item.article.id}`}>{item.article.title}</Link> : 'an unknown article'} ·
          last change <time dateTime={item.updated_at}>{formatDateTime(item.updated_at)}</time>
        </p>
        {request !== null && (
          <div className="my-work-note">
            <p>
              <strong>Editor’s note</strong>
              {request.actor_name !== null && <> from {request.actor_name}</>}
              {request.created_at !== null && <>, {formatDateTime(request.created_at)}</>}:
            </p>
            <p>{request.note ?? 'No note given.'}</p>
            <p className="review-hint">Open the claim, fix it in its panel and choose Submit for review.</p>
          </div>
        )}
      </article>
    </li>
  );
}

function StatusGroup({ status, claims }: { status: string; claims: MyWorkItem[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {claimStatusLabel(status)} ({claims.length})
      </h2>
      <ul className="my-work-list">
        {claims.map((item) => (
          <MyWorkClaim key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

export function MyWork({ viewer }: { viewer: MemberViewer }) {
  const work = useQuery(reviewQueries.myWork(viewer.id, viewer.newsroom.id));
  if (work.isPending) return <LoadingStatus>Loading your claims…</LoadingStatus>;
  if (work.isError) {
    return (
      <ErrorAlert title="Your claims could not be loaded.">
        <p>{work.error.message}</p>
      </ErrorAlert>
    );
  }
  if (work.data.length === 0) {
    return (
      <p>
        You have no claims yet. Open an article from <Link to="/articles">Articles</Link>, select its words and add a
        claim.
      </p>
    );
  }
  return groupByStatus(work.data).map((group) => (
    <StatusGroup key={group.status} status={group.status} claims={group.claims} />
  ));
}
