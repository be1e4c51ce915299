// The home page for signed-in users: where the current newsroom's claims stand and what
// waits, then the articles to work on. Someone in no newsroom finds here the ways to join one;
// once they have joined, the focus moves to the dashboard's heading, since the button they
// pressed is gone.
import { useEffect, useRef } from 'react';
import { InCurrentNewsroom } from '../../entities/viewer/components/member-viewer';
import { ArticlesList } from '../../features/articles/components/articles-list';
import { ClaimDashboard } from '../../features/dashboard/components/claim-dashboard';
import { JoinNewsroom } from '../../features/newsrooms/components/join-newsroom';

export function DashboardRoute() {
  const joining = useRef(false);
  return (
    <InCurrentNewsroom
      outsider={(viewer) => (
        <>
          <title>Join a newsroom · Factmark</title>
          <h1>Join a newsroom</h1>
          <JoinNewsroom viewer={viewer} onJoining={() => (joining.current = true)} />
        </>
      )}
    >
      {(viewer) => (
        <>
          <title>Dashboard · Factmark</title>
          <DashboardHeading focus={joining.current} />
          <ClaimDashboard newsroomId={viewer.newsroom.id} />
          <section aria-labelledby="dashboard-articles">
            <h2 id="dashboard-articles">Articles</h2>
            <ArticlesList newsroomId={viewer.newsroom.id} />
          </section>
        </>
      )}
    </InCurrentNewsroom>
  );
}

function DashboardHeading({ focus }: { focus: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <h1 ref={heading} tabIndex={-1}>
      Dashboard
    </h1>
  );
}
