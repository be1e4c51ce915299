// The review queue page: for editors and admins, every claim waiting for review.
import { ReviewQueue } from '../../features/review/components/review-queue';
import { ReviewersOnly } from '../../features/review/components/reviewers-only';

export function ReviewQueueRoute() {
  return (
    <>
      <title>Review queue · Factmark</title>
      <h1>Review queue</h1>
      <ReviewersOnly>{(viewer) => <ReviewQueue viewer={viewer} />}</ReviewersOnly>
    </>
  );
}
