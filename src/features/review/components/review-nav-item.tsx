// The navigation's "Review queue" entry with the number of claims waiting, shown to
// editors and admins only (checkers cannot review).
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { isReviewer } from '../api/get-viewer';
import { reviewQueries } from '../api/review-queries';
import './review.css';

export function ReviewNavItem() {
  const viewer = useQuery(reviewQueries.viewer());
  const count = useQuery({ ...reviewQueries.count(), enabled: isReviewer(viewer.data) });
  if (!isReviewer(viewer.data)) return null;
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
