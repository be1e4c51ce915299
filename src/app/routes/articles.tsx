// The article list page, ending with the way to add an article (after the list, so the
// first Tab from the page still reaches the first article).
import { Link } from 'wouter';
import { InCurrentNewsroom } from '../../entities/viewer/components/member-viewer';
import { ArticlesList } from '../../features/articles/components/articles-list';

export function ArticlesRoute() {
  return (
    <>
      <title>Articles · Factmark</title>
      <h1>Articles</h1>
      <InCurrentNewsroom>
        {(viewer) => (
          <>
            <ArticlesList newsroomId={viewer.newsroom.id} />
            <p>
              <Link to="/articles/new" className="button button-primary">
                New article
              </Link>
            </p>
          </>
        )}
      </InCurrentNewsroom>
    </>
  );
}
