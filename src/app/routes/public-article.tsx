// The public fact-check page of an article (/p/<article id>): no sign-in needed.
import { PublicArticlePage } from '../../features/public-page/components/public-article-page';

export function PublicArticleRoute({ articleId }: { articleId: string }) {
  return <PublicArticlePage articleId={articleId} />;
}
