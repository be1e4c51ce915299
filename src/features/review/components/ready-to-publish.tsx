// Ready to publish: every approved claim of the newsroom, oldest approval first, each leading
// to its review view, where an editor publishes it. Nothing approved is stranded.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingStatus } from '../../../components/loading-status';
import type { MemberViewer } from '../../../entities/viewer/components/member-viewer';
import { VerdictBadge } from '../../../entities/verdicts/components/verdict-badge';
import { formatDateTime } from '../../../lib/format-date';
import { reviewQueries } from '../api/review-queries';
import './review.css';

export function ReadyToPublish({ viewer }: { viewer: MemberViewer }) {
  const ready = useQuery(reviewQueries.ready(viewer.newsroom.id));
  if (ready.isPending) return <LoadingStatus>Loading the approved claims…</LoadingStatus>;
  if (ready.isError) {
    return (
      <ErrorAlert title="The approved claims could not be loaded.">
        <p>{ready.error.message}</p>
      </ErrorAlert>
    );
  }
  if (ready.data.length === 0) return <p>Nothing approved waits to be published.</p>;
  return (
    <>
      <p className="review-hint">
        {ready.data.length === 1 ? '1 approved claim waits' : `${ready.data.length} approved claims wait`} to be published,
        oldest approval first.
      </p>
      <ul className="ready-list">
        {ready.data.map((item) => (
          <li key={item.id} className="ready-item">
            <p>
              <Link to={`/review/${item.id}`}>{item.claim_text}</Link>
            </p>
            <p className="ready-meta">
              <VerdictBadge verdict={item.verdict} /> · in {item.article.title} · by {item.author?.display_name ?? 'Unknown'} ·
              approved by {item.reviewer?.display_name ?? 'Unknown'}
              {item.reviewed_at !== null && (
                <>
                  {' '}
                  on <time dateTime={item.reviewed_at}>{formatDateTime(item.reviewed_at)}</time>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
