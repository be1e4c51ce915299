// Runs the stack in a process of its own (stack/cli/serve.ts) and reads its log, for the
// benchmark (so that the load it makes does not share the gateway's event loop) and the
// fault tests (which kill its parts, or it).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { realtimePortOf, repoRoot, type StackPorts } from './config.ts';

export interface StackProcess {
  child: ChildProcess;
  apiUrl: string;
  /** Every line it printed so far. */
  lines: string[];
  /** Resolves with the first line (from `from` on) that matches, or rejects after timeoutMs. */
  waitForLine(pattern: RegExp, options?: { from?: number; timeoutMs?: number }): Promise<string>;
  /** The pid it last reported starting the named service (PostgREST, auth, Realtime) with. */
  pidOf(service: string): number;
  stop(): Promise<void>;
}

export async function startStackProcess(options: { ports: StackPorts; dataDir: string; seed: boolean }): Promise<StackProcess> {
  const { ports } = options;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'stack', 'cli', 'serve.ts')], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      FACTMARK_API_PORT: String(ports.api),
      FACTMARK_DB_PORT: String(ports.db),
      FACTMARK_POSTGREST_PORT: String(ports.postgrest),
      FACTMARK_AUTH_PORT: String(ports.auth),
      FACTMARK_REALTIME_PORT: String(realtimePortOf(ports)),
      FACTMARK_DATA_DIR: options.dataDir,
      FACTMARK_SEED: options.seed ? '1' : '0',
    },
  });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const wake of waiters) wake();
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitForLine = (pattern: RegExp, { from = 0, timeoutMs = 30_000 } = {}) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const found = lines.slice(from).find((line) => pattern.test(line));
        if (found === undefined) return;
        waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`no line matching ${pattern} within ${timeoutMs / 1000} s; last lines: ${lines.slice(-5).join(' | ')}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  const ready = await Promise.race([
    waitForLine(/^ready /, { timeoutMs: 120_000 }),
    exited.then(() => Promise.reject(new Error(`the stack exited before it was ready: ${lines.slice(-5).join(' | ')}`))),
  ]);
  return {
    child,
    apiUrl: ready.slice('ready '.length),
    lines,
    waitForLine,
    pidOf(service) {
      const started = lines.filter((line) => line.startsWith(`started ${service} (pid `)).at(-1);
      const pid = Number(/\(pid (\d+)\)/.exec(started ?? '')?.[1]);
      if (!Number.isInteger(pid)) throw new Error(`${service} reported no pid`);
      return pid;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
