// The navigation's editor entries, "Review queue" and "Ready to publish", each with the number
// of the current newsroom's claims waiting there, shown to its editors and admins only
// (checkers neither review nor publish).
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useViewer } from '../../../entities/viewer/hooks/use-viewer';
import { mayReview } from '../../../entities/viewer/utils/roles';
import { readyCountQuery, reviewCountQuery } from '../api/review-count-queries';
import './review.css';

function CountedLink({ to, label, count }: { to: string; label: string; count: ReturnType<typeof reviewCountQuery> }) {
  const counted = useQuery(count);
  return (
    <li>
      <Link to={to}>
        {label}
        {counted.data !== undefined && (
          <span className="nav-badge">
            {counted.data}
            <span className="visually-hidden"> {counted.data === 1 ? 'claim' : 'claims'} waiting</span>
          </span>
        )}
      </Link>
    </li>
  );
}

export function ReviewNavItem() {
  const viewer = useViewer();
  const newsroomId = viewer.data?.newsroom?.id ?? null;
  if (newsroomId === null || !mayReview(viewer.data)) return null;
  return (
    <>
      <CountedLink to="/review" label="Review queue" count={reviewCountQuery(newsroomId)} />
      <CountedLink to="/ready" label="Ready to publish" count={readyCountQuery(newsroomId)} />
    </>
  );
}
