// Shown when a page fails to render, e.g. when a lazily loaded part of the app cannot be
// fetched after a deployment. The header stays, so the user can still navigate.
import { ErrorAlert } from '../../components/error-alert';

export function RouteError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Unknown error';
  return (
    <>
      <title>Something went wrong · Factmark</title>
      <h1>Something went wrong</h1>
      <ErrorAlert title="This page could not be shown.">
        <p>{message}</p>
        <p>Reloading the page usually helps.</p>
      </ErrorAlert>
    </>
  );
}
