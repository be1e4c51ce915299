// The page of one article, addressed by its id.
import { useParams } from 'react-router';
import { ArticleDetails } from '../../features/articles/components/article-details';

export function ArticleRoute() {
  const { articleId = '' } = useParams();
  return <ArticleDetails articleId={articleId} />;
}
