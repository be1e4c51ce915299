// The page for adding an article. The form carries a Tiptap editor, so it is loaded lazily
// and the articles list never pays for Tiptap.
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { LoadingStatus } from '../../components/loading-status';
import { InCurrentNewsroom } from '../../entities/viewer/components/member-viewer';

const NewArticleForm = lazy(() =>
  import('../../features/articles/components/new-article-form').then((module) => ({
    default: module.NewArticleForm,
  })),
);

export function NewArticleRoute() {
  return (
    <>
      <title>New article · Factmark</title>
      <p className="breadcrumb">
        <Link to="/articles">All articles</Link>
      </p>
      <h1>New article</h1>
      <InCurrentNewsroom>
        {(viewer) => (
          <Suspense fallback={<LoadingStatus>Loading the editor…</LoadingStatus>}>
            <NewArticleForm newsroomId={viewer.newsroom.id} />
          </Suspense>
        )}
      </InCurrentNewsroom>
    </>
  );
}
