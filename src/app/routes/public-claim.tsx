// The public page of one fact-check (/p/<article id>/<claim id>): no sign-in needed.
import { PublicClaimPage } from '../../features/public-page/components/public-claim-page';

export function PublicClaimRoute({ articleId, claimId }: { articleId: string; claimId: string }) {
  return <PublicClaimPage articleId={articleId} claimId={claimId} />;
}
