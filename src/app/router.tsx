// The app's routes. Every page shares the layout (header and main landmark); the article
// pages sit behind RequireSession, which sends visitors to /sign-in and back.
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { RequireSession } from '../features/auth/components/require-session';
import { AppLayout } from './routes/app-layout';
import { ArticleRoute } from './routes/article';
import { ArticlesRoute } from './routes/articles';
import { NewArticleRoute } from './routes/new-article';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in';

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/sign-in', element: <SignInRoute /> },
          {
            element: <RequireSession />,
            children: [
              { path: '/', element: <Navigate to="/articles" replace /> },
              { path: '/articles', element: <ArticlesRoute /> },
              { path: '/articles/new', element: <NewArticleRoute /> },
              { path: '/articles/:articleId', element: <ArticleRoute /> },
            ],
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
