// Child-process helpers shared by the stack's services: run one under supervision
// (restarted with a growing back-off when it dies), wait until one answers HTTP, and stop
// one for sure (SIGTERM, then SIGKILL if it lingers) so Ctrl-C leaves no orphans.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import type { Watchdog } from './watchdog-client.ts';

export interface ServiceSpec {
  /** As log lines name it: PostgREST, auth. */
  name: string;
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd?: string;
  /** Answers below 500 here once the service is up. */
  healthUrl: string;
  /** Every line the service prints. */
  log: (line: string) => void;
  /** What a developer must see: the service died, is restarting, is back. */
  notice: (line: string) => void;
  watchdog: Watchdog;
}

export interface SupervisedService {
  stop(): Promise<void>;
}

const firstRestartDelayMs = 250;
const longestRestartDelayMs = 30_000;
/** A service that stayed up this long before dying starts its back-off afresh. */
const stableAfterMs = 30_000;

/**
 * Starts the service and keeps it running: when it dies it is started again after
 * 0.25 s, doubling up to 30 s while it keeps dying. Its own process group keeps the
 * terminal's Ctrl-C from reaching it (stop() ends it, after which it stays down); the
 * watchdog ends it should this process be killed outright.
 */
export async function superviseService(spec: ServiceSpec): Promise<SupervisedService> {
  let stopping = false;
  let failures = 0;
  let restartTimer: NodeJS.Timeout | undefined;
  const lastLines: string[] = [];
  const relay = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lastLines.push(line);
      if (lastLines.length > 3) lastLines.shift();
      spec.log(`[${spec.name.toLowerCase()}] ${line}`);
    }
  };
  const launch = (): ChildProcess => {
    const startedAt = Date.now();
    const child = spawn(spec.command, spec.args, { stdio: ['ignore', 'pipe', 'pipe'], env: spec.env, cwd: spec.cwd, detached: true });
    const pid = child.pid;
    if (pid !== undefined) spec.watchdog.watch(pid);
    spec.log(`started ${spec.name} (pid ${pid ?? 'unknown'})`);
    child.stdout?.on('data', relay);
    child.stderr?.on('data', relay);
    child.once('exit', (code, signal) => {
      if (pid !== undefined) spec.watchdog.unwatch(pid);
      if (stopping || child !== current) return;
      if (Date.now() - startedAt >= stableAfterMs) failures = 0;
      const delayMs = Math.min(firstRestartDelayMs * 2 ** failures, longestRestartDelayMs);
      failures += 1;
      spec.notice(`${spec.name} exited (${signal ?? `code ${code}`}); restarting it in ${delayMs / 1000} s`);
      restartTimer = setTimeout(() => {
        current = launch();
        waitForHttp(spec.healthUrl, current, spec.name).then(
          () => spec.notice(`${spec.name} is running again`),
          // Dying again before it answers is handled by its exit, like the first time.
          () => undefined,
        );
      }, delayMs);
    });
    return child;
  };
  let current = launch();
  try {
    await waitForHttp(spec.healthUrl, current, spec.name);
  } catch (error) {
    stopping = true;
    await stopChild(current);
    const detail = lastLines.length ? `: ${lastLines.join(' | ')}` : '';
    throw new Error(`${(error as Error).message}${detail}`, { cause: error });
  }
  return {
    stop: async () => {
      stopping = true;
      clearTimeout(restartTimer);
      await stopChild(current);
    },
  };
}

export async function waitForHttp(url: string, child: ChildProcess, name: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (code ${child.exitCode ?? child.signalCode}) before answering`);
    }
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

export function stopChild(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly purpose: string,
    readonly envName: string,
  ) {
    super(`Port ${port} (${purpose}) is already in use: stop what uses it, or pick another with ${envName}=<port>`);
    this.name = 'PortInUseError';
  }
}

export function assertPortFree(port: number, purpose: string, envName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, purpose, envName) : error);
    });
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve()));
  });
}
