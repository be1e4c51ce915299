// Vite configuration for the Factmark web app. The dev server binds to 127.0.0.1:5173 and
// fails instead of hopping to another port, so the URL `npm start` prints is always right.
// VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY come from the environment or a .env file.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
  },
});
