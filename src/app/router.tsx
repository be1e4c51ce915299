// The app's routes. Every page shares the layout (header and main landmark); the article
// pages sit behind RequireSession, which sends visitors to /sign-in and back; the public
// fact-check pages (/p/…) do not. Routing is
// wouter's: a few kilobytes, where the list page's JavaScript budget is 150 KB gzip.
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import { RequireSession } from '../features/auth/components/require-session';
import { AppLayout } from './routes/app-layout';
import { ArticleRoute } from './routes/article';
import { ArticlesRoute } from './routes/articles';
import { DashboardRoute } from './routes/dashboard';
import { MyWorkRoute } from './routes/my-work';
import { NewArticleRoute } from './routes/new-article';
import { NotFoundRoute } from './routes/not-found';
import { PublicArticleRoute } from './routes/public-article';
import { ReviewClaimRoute } from './routes/review-claim';
import { ReviewQueueRoute } from './routes/review-queue';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in';

export function AppRouter() {
  const [pathname] = useLocation();
  return (
    <AppLayout>
      <ErrorBoundary key={pathname} fallback={(error) => <RouteError error={error} />}>
        <Switch>
          <Route path="/sign-in" component={SignInRoute} />
          <Route path="/p/:articleId">{(params) => <PublicArticleRoute articleId={params.articleId} />}</Route>
          <Route path="/">
            <RequireSession>
              <DashboardRoute />
            </RequireSession>
          </Route>
          <Route path="/articles">
            <RequireSession>
              <ArticlesRoute />
            </RequireSession>
          </Route>
          <Route path="/articles/new">
            <RequireSession>
              <NewArticleRoute />
            </RequireSession>
          </Route>
          <Route path="/articles/:articleId">
            {(params) => (
              <RequireSession>
                <ArticleRoute articleId={params.articleId} />
              </RequireSession>
            )}
          </Route>
          <Route path="/my-work">
            <RequireSession>
              <MyWorkRoute />
            </RequireSession>
          </Route>
          <Route path="/review">
            <RequireSession>
              <ReviewQueueRoute />
            </RequireSession>
          </Route>
          <Route path="/review/:claimId">
            {(params) => (
              <RequireSession>
                <ReviewClaimRoute claimId={params.claimId} />
              </RequireSession>
            )}
          </Route>
          <Route component={NotFoundRoute} />
        </Switch>
      </ErrorBoundary>
    </AppLayout>
  );
}
