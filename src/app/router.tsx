// The app's routes. Every page shares the layout (header and main landmark); the article
// pages sit behind RequireSession, which sends visitors to /sign-in and back; the public
// fact-check pages (/p/… for an article and each of its claims, /n/… for a newsroom's
// index) do not. Routing is
// wouter's: a few kilobytes, where the list page's JavaScript budget is 150 KB gzip.
import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from '../components/error-boundary';
import { LoadingStatus } from '../components/loading-status';
import { RequireSession } from '../features/auth/components/require-session';
import { settingsSections } from '../features/newsroom-settings/utils/settings-sections';
import { AppLayout } from './routes/app-layout';
import { ArticlesRoute } from './routes/articles';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

// Pages other than the article list load on first visit, so what they need (an article's
// header and conversation, editors, the review tools, the sign-in and sign-up forms) never
// weighs on the list page.
function lazyRoute<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => ({ default: await load() }));
}

const ArticleRoute = lazyRoute(() => import('./routes/article').then((module) => module.ArticleRoute));
const ClaimsRoute = lazyRoute(() => import('./routes/claims').then((module) => module.ClaimsRoute));
const DashboardRoute = lazyRoute(() => import('./routes/dashboard').then((module) => module.DashboardRoute));
const InvitationRoute = lazyRoute(() => import('./routes/invitation').then((module) => module.InvitationRoute));
const MyWorkRoute = lazyRoute(() => import('./routes/my-work').then((module) => module.MyWorkRoute));
const NewsroomSettingsRoute = lazyRoute(() =>
  import('./routes/newsroom-settings').then((module) => module.NewsroomSettingsRoute),
);
const NewArticleRoute = lazyRoute(() => import('./routes/new-article').then((module) => module.NewArticleRoute));
const PublicArticleRoute = lazyRoute(() =>
  import('./routes/public-article').then((module) => module.PublicArticleRoute),
);
const PublicClaimRoute = lazyRoute(() => import('./routes/public-claim').then((module) => module.PublicClaimRoute));
const NewsroomIndexRoute = lazyRoute(() => import('./routes/newsroom-index').then((module) => module.NewsroomIndexRoute));
const ReviewClaimRoute = lazyRoute(() => import('./routes/review-claim').then((module) => module.ReviewClaimRoute));
const SignInRoute = lazyRoute(() => import('./routes/sign-in').then((module) => module.SignInRoute));
const SignUpRoute = lazyRoute(() => import('./routes/sign-up').then((module) => module.SignUpRoute));
const ReadyToPublishRoute = lazyRoute(() =>
  import('./routes/ready-to-publish').then((module) => module.ReadyToPublishRoute),
);
const ReviewQueueRoute = lazyRoute(() => import('./routes/review-queue').then((module) => module.ReviewQueueRoute));

export function AppRouter() {
  const [pathname] = useLocation();
  return (
    <AppLayout>
      <ErrorBoundary key={pathname} fallback={(error) => <RouteError error={error} />}>
        <Suspense fallback={<LoadingStatus>Loading…</LoadingStatus>}>
          <Switch>
            <Route path="/sign-in" component={SignInRoute} />
            <Route path="/sign-up" component={SignUpRoute} />
            <Route path="/invitations/:invitationId">
              {(params) => <InvitationRoute invitationId={params.invitationId} />}
            </Route>
            <Route path="/p/:articleId">{(params) => <PublicArticleRoute articleId={params.articleId} />}</Route>
            <Route path="/p/:articleId/:claimId">
              {(params) => <PublicClaimRoute articleId={params.articleId} claimId={params.claimId} />}
            </Route>
            <Route path="/n/:slug">{(params) => <NewsroomIndexRoute slug={params.slug} />}</Route>
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
            <Route path="/claims">
              <RequireSession>
                <ClaimsRoute />
              </RequireSession>
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
            <Route path="/ready">
              <RequireSession>
                <ReadyToPublishRoute />
              </RequireSession>
            </Route>
            <Route path="/review/:claimId">
              {(params) => (
                <RequireSession>
                  <ReviewClaimRoute claimId={params.claimId} />
                </RequireSession>
              )}
            </Route>
            {settingsSections.map((section) => (
              <Route key={section.path} path={section.path}>
                <RequireSession>
                  <NewsroomSettingsRoute path={section.path} />
                </RequireSession>
              </Route>
            ))}
            <Route component={NotFoundRoute} />
          </Switch>
        </Suspense>
      </ErrorBoundary>
    </AppLayout>
  );
}
