// Shown for any address the app does not know.
import { Link } from 'wouter';

export function NotFoundRoute() {
  return (
    <>
      <title>Page not found · Factmark</title>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/articles">Go to the articles</Link>
      </p>
    </>
  );
}
