// The local stack's settings. The defaults are the Supabase CLI's local ones, so the app
// and supabase/ run unchanged against `supabase start`; tests pass other ports and a
// throwaway data directory.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const jwtSecret = 'super-secret-jwt-token-with-at-least-32-characters-long';

// The Supabase CLI's fixed demo keys, signed with jwtSecret (checked by a unit test).
export const anonKey =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0';
export const serviceRoleKey =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU';

export const dbUser = 'postgres';
export const dbPassword = 'postgres';

export interface StackPorts {
  /** The gateway: what the app and supabase-js talk to. */
  api: number;
  db: number;
  postgrest: number;
  auth: number;
  /**
   * The Realtime service (behind the gateway at /realtime/v1). Optional so that callers that
   * predate it keep working: such a stack puts it at the gateway's port + 13 (54321 → 54334).
   */
  realtime?: number;
}

export interface StackConfig {
  ports: StackPorts;
  dataDir: string;
  /** Seed demo data when the database is created. */
  seed: boolean;
  log: (line: string) => void;
  /** Lines a developer must see even when `log` shows nothing (a service died); `log` without it. */
  notice?: (line: string) => void;
}

export const defaultPorts: Required<StackPorts> = { api: 54321, db: 54322, postgrest: 54331, auth: 54332, realtime: 54334 };

/** The Realtime service's port: the one named, else the gateway's + 13, as defaultPorts has it. */
export function realtimePortOf(ports: StackPorts): number {
  return ports.realtime ?? ports.api + (defaultPorts.realtime - defaultPorts.api);
}

export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): Required<StackPorts> {
  const read = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const port = Number(value);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`${name}=${value} is not a port number`);
    }
    return port;
  };
  return {
    api: read('FACTMARK_API_PORT', defaultPorts.api),
    db: read('FACTMARK_DB_PORT', defaultPorts.db),
    postgrest: read('FACTMARK_POSTGREST_PORT', defaultPorts.postgrest),
    auth: read('FACTMARK_AUTH_PORT', defaultPorts.auth),
    realtime: read('FACTMARK_REALTIME_PORT', defaultPorts.realtime),
  };
}

/** Whether every existing parent of `dir` lets other users through (the x bit for others). */
function reachableByEveryone(dir: string): boolean {
  let current = path.dirname(dir);
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Where the developer database lives. Postgres runs as the `postgres` user when we are
 * root, so the folder's parents must be traversable by others; a clone under a root-only
 * home falls back to a folder under the OS temp dir, named after the clone.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FACTMARK_DATA_DIR) return path.resolve(env.FACTMARK_DATA_DIR);
  const inRepo = path.join(repoRoot, '.factmark', 'db');
  if (process.getuid?.() !== 0 || reachableByEveryone(inRepo)) return inRepo;
  const tag = createHash('sha256').update(repoRoot).digest('hex').slice(0, 12);
  return path.join(tmpdir(), `factmark-${tag}`, 'db');
}

/**
 * A whole-number setting of the [auth] table in supabase/config.toml, the file
 * `supabase start` reads, so both stacks take it from one place. Only the plain
 * `key = 123` lines the file uses are understood.
 */
export function authSetting(name: string, toml = readFileSync(path.join(repoRoot, 'supabase', 'config.toml'), 'utf8')): number | undefined {
  let table = '';
  for (const line of toml.split('\n')) {
    const header = /^\s*\[([^\]]+)\]/.exec(line);
    if (header) table = (header[1] ?? '').trim();
    const setting = /^\s*([\w-]+)\s*=\s*(\d+)\s*(#.*)?$/.exec(line);
    if (table === 'auth' && setting?.[1] === name) return Number(setting[2]);
  }
  return undefined;
}
