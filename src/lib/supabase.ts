// The app's one Supabase client. main.tsx checks the environment before this module is
// loaded, so reaching the throw below means the app was wired up wrongly, not misconfigured.
import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types';
import { readSupabaseEnv } from './env';

const result = readSupabaseEnv(import.meta.env);
if (!result.ok) {
  throw new Error(
    `Supabase client loaded without configuration: ${result.problems.map((problem) => `${problem.name} ${problem.reason}`).join('; ')}`,
  );
}

export const supabase = createClient<Database>(result.env.url, result.env.anonKey);
