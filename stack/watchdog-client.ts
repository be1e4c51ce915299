// Starts the stack's watchdog (stack/watchdog.ts) and keeps it told which processes the
// stack runs, so that they stop even when the stack's own Node process is killed outright.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './config.ts';

export interface Watchdog {
  watch(pid: number): void;
  unwatch(pid: number): void;
  /** The stack stopped its children itself: the watchdog leaves without touching anything. */
  release(): void;
}

export function startWatchdog(postgresDataDir: string): Watchdog {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'stack', 'watchdog.ts')], {
    cwd: repoRoot,
    stdio: ['pipe', 'ignore', 'inherit'],
    detached: true,
  });
  const input = child.stdin;
  // A watchdog that died must not take the stack with it (EPIPE), nor keep it alive.
  input.on('error', () => undefined);
  child.unref();
  (input as unknown as { unref(): void }).unref();
  const send = (line: string) => {
    if (input.writable) input.write(`${line}\n`);
  };
  send(`postgres ${path.join(postgresDataDir, 'postmaster.pid')}`);
  return {
    watch: (pid) => send(`watch ${pid}`),
    unwatch: (pid) => send(`unwatch ${pid}`),
    release: () => {
      send('release');
      input.end();
    },
  };
}
