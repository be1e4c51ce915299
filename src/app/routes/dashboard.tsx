// The home page for signed-in users: where the current newsroom's claims stand and what
// waits, then the articles to work on.
import { InCurrentNewsroom } from '../../entities/viewer/components/member-viewer';
import { ArticlesList } from '../../features/articles/components/articles-list';
import { ClaimDashboard } from '../../features/dashboard/components/claim-dashboard';

export function DashboardRoute() {
  return (
    <>
      <title>Dashboard · Factmark</title>
      <h1>Dashboard</h1>
      <InCurrentNewsroom>
        {(viewer) => (
          <>
            <ClaimDashboard newsroomId={viewer.newsroom.id} />
            <section aria-labelledby="dashboard-articles">
              <h2 id="dashboard-articles">Articles</h2>
              <ArticlesList newsroomId={viewer.newsroom.id} />
            </section>
          </>
        )}
      </InCurrentNewsroom>
    </>
  );
}
