// Reads and checks the Supabase settings the app is built with, so a missing or malformed
// value is reported by name on screen instead of surfacing as a failed network request.

export interface SupabaseEnv {
  url: string;
  anonKey: string;
}

export interface EnvProblem {
  name: 'VITE_SUPABASE_URL' | 'VITE_SUPABASE_ANON_KEY';
  reason: string;
}

export type SupabaseEnvResult =
  | { ok: true; env: SupabaseEnv }
  | { ok: false; problems: EnvProblem[] };

export function readSupabaseEnv(source: Record<string, unknown>): SupabaseEnvResult {
  const problems: EnvProblem[] = [];
  const url = text(source.VITE_SUPABASE_URL);
  const anonKey = text(source.VITE_SUPABASE_ANON_KEY);

  if (url === '') {
    problems.push({ name: 'VITE_SUPABASE_URL', reason: 'is not set' });
  } else if (!isHttpUrl(url)) {
    problems.push({ name: 'VITE_SUPABASE_URL', reason: `is not an http(s) URL: ${url}` });
  }
  if (anonKey === '') {
    problems.push({ name: 'VITE_SUPABASE_ANON_KEY', reason: 'is not set' });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, env: { url, anonKey } };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
