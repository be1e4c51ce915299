// Shown instead of the app when it was started without its Supabase settings, naming
// each variable that is missing or wrong and where to set it.
import type { EnvProblem } from '../lib/env';

export function MissingEnvScreen({ problems }: { problems: EnvProblem[] }) {
  return (
    <main id="main" className="site-main config-error">
      <title>Configuration needed · Factmark</title>
      <h1>Factmark is not configured</h1>
      <div role="alert">
        <p>The app needs the address and anon key of a Supabase project:</p>
        <ul>
          {problems.map((problem) => (
            <li key={problem.name}>
              <code>{problem.name}</code> {problem.reason}
            </li>
          ))}
        </ul>
      </div>
      <p>
        <code>npm start</code> sets both for the local stack. To use another Supabase project, put
        them in <code>.env.local</code> at the root of the repository and restart the dev server:
      </p>
      <pre>
        <code>{'VITE_SUPABASE_URL=https://<project-ref>.supabase.co\nVITE_SUPABASE_ANON_KEY=<anon key>'}</code>
      </pre>
    </main>
  );
}
