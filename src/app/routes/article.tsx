// The page of one article, addressed by its id: the article's header from the articles
// feature around the claims feature's annotating workspace (with the conversation feature's
// comments and history under an open claim), which is loaded lazily because
// Tiptap and ProseMirror are most of the app's weight, and the own-text flag for those who
// may set it. ?claim=<id> opens one of its claims.
import { lazy, Suspense } from 'react';
import { useSearch } from 'wouter';
import { LoadingStatus } from '../../components/loading-status';
import { ArticleDetails } from '../../features/articles/components/article-details';
import { ClaimHistory } from '../../features/conversation/components/claim-history';
import { CommentThread } from '../../features/conversation/components/comment-thread';

// The own-text flag (for editors and the article's creator) is loaded with the page that
// shows it, never with the article list, which shares ArticleDetails' bundle.
const OwnTextToggle = lazy(() => import('./article-own-text').then((module) => ({ default: module.OwnTextToggle })));

const ArticleWorkspace = lazy(() =>
  import('../../features/claims/components/workspace/article-workspace').then((module) => ({
    default: module.ArticleWorkspace,
  })),
);

export function ArticleRoute({ articleId }: { articleId: string }) {
  // ?claim=<id> opens that claim (My work links to claims this way).
  const openClaimId = new URLSearchParams(useSearch()).get('claim');
  return (
    <ArticleDetails
      articleId={articleId}
      renderOwnText={(article) => (
        <Suspense fallback={null}>
          <OwnTextToggle article={article} />
        </Suspense>
      )}
      renderBody={(article) => (
        <Suspense fallback={<LoadingStatus>Loading article text…</LoadingStatus>}>
          {/* The editor reads its content once, so another article needs a fresh workspace. */}
          <ArticleWorkspace
            key={article.id}
            article={article}
            openClaimId={openClaimId}
            renderConversation={(claimId) => (
              <>
                <CommentThread claimId={claimId} />
                <ClaimHistory claimId={claimId} newsroomId={article.newsroom_id} />
              </>
            )}
          />
        </Suspense>
      )}
    />
  );
}
