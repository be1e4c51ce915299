// The review view of one claim: the review feature's view, with the claims feature's
// rationale renderer and claim panel (an editor may change verdict and rationale while
// reviewing) and the conversation feature's comments and history composed in. Every
// decision and edit declares what it changes, so each feature's copy refreshes by itself.
import { ClaimPanel } from '../../features/claims/components/claim-form/claim-panel';
import { RationaleView } from '../../features/claims/components/claim-form/rationale-view';
import { ClaimHistory } from '../../features/conversation/components/claim-history';
import { CommentThread } from '../../features/conversation/components/comment-thread';
import { ReviewClaimView } from '../../features/review/components/review-claim-view';
import { ReviewersOnly } from '../../features/review/components/reviewers-only';

export function ReviewClaimRoute({ claimId }: { claimId: string }) {
  return (
    <>
      <title>Review claim · Factmark</title>
      <h1>Review claim</h1>
      <ReviewersOnly>
        {(viewer) => (
          <ReviewClaimView
            // Another claim (j/k) is a fresh view: no note or conflict carries over.
            key={claimId}
            claimId={claimId}
            viewer={viewer}
            renderRationale={(html) => <RationaleView html={html} />}
            renderEditor={(claim, onClose) => (
              <ClaimPanel
                articleId={claim.article_id}
                newsroomId={claim.article?.newsroom_id ?? viewer.newsroom.id}
                target={{ kind: 'existing', claimId: claim.id }}
                onClose={onClose}
              />
            )}
            renderConversation={(claim) => (
              <>
                <CommentThread claimId={claim.id} />
                <ClaimHistory claimId={claim.id} newsroomId={claim.article?.newsroom_id ?? viewer.newsroom.id} />
              </>
            )}
          />
        )}
      </ReviewersOnly>
    </>
  );
}
