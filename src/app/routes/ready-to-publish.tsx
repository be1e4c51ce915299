// The "Ready to publish" page: for editors and admins, every approved claim waiting to go out.
import { ReadyToPublish } from '../../features/review/components/ready-to-publish';
import { ReviewersOnly } from '../../features/review/components/reviewers-only';

export function ReadyToPublishRoute() {
  return (
    <>
      <title>Ready to publish · Factmark</title>
      <h1>Ready to publish</h1>
      <ReviewersOnly>{(viewer) => <ReadyToPublish viewer={viewer} />}</ReviewersOnly>
    </>
  );
}
