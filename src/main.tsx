// Entry point. The environment is checked before the app (and its Supabase client) is
// loaded, so a missing setting gets an explanation instead of a blank page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MissingEnvScreen } from './components/missing-env-screen';
import { readSupabaseEnv } from './lib/env';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = createRoot(container);
const env = readSupabaseEnv(import.meta.env);

if (env.ok) {
  const { App } = await import('./app/app');
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  root.render(
    <StrictMode>
      <MissingEnvScreen problems={env.problems} />
    </StrictMode>,
  );
}
