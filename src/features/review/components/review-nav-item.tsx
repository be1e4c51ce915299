// The navigation's "Review queue" entry with the number of claims waiting, shown to
// editors and admins only (checkers cannot review).
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { useViewer } from '../../../entities/viewer/hooks/use-viewer';
import { mayReview } from '../../../entities/viewer/utils/roles';
import { reviewQueries } from '../api/review-queries';
import './review.css';

export function ReviewNavItem() {
  const viewer = useViewer();
  const count = useQuery({ ...reviewQueries.count(), enabled: mayReview(viewer.data) });
  if (!mayReview(viewer.data)) return null;
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
