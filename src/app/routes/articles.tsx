// The article list page.
import { ArticlesList } from '../../features/articles/components/articles-list';

export function ArticlesRoute() {
  return (
    <>
      <title>Articles · Factmark</title>
      <h1>Articles</h1>
      <ArticlesList />
    </>
  );
}
