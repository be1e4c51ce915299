// The navigation's "Review queue" entry with the number of the current newsroom's claims
// waiting, shown to its editors and admins only (checkers cannot review).
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useViewer } from '../../../entities/viewer/hooks/use-viewer';
import { mayReview } from '../../../entities/viewer/utils/roles';
import { reviewCountQuery } from '../api/review-count-queries';
import './review.css';

export function ReviewNavItem() {
  const viewer = useViewer();
  const newsroomId = viewer.data?.newsroom?.id ?? null;
  const count = useQuery({ ...reviewCountQuery(newsroomId ?? ''), enabled: newsroomId !== null && mayReview(viewer.data) });
  if (newsroomId === null || !mayReview(viewer.data)) return null;
  return (
    <li>
      <Link to="/review">
        Review queue
        {count.data !== undefined && (
          <span className="nav-badge">
            {count.data}
            <span className="visually-hidden"> {count.data === 1 ? 'claim' : 'claims'} waiting</span>
          </span>
        )}
      </Link>
    </li>
  );
}
