// The stack's watchdog: a small process of its own, in its own session, that cleans up
// after the stack's Node process if it dies without stopping its children (SIGKILL, a
// crash). The stack tells it on stdin which pids to end ("watch <pid>", "unwatch <pid>")
// and where Postgres writes its pid ("postgres <postmaster.pid>"); when that pipe closes
// without a "release" first, it asks Postgres for a fast shutdown and ends the others.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const pids = new Set<number>();
let postmasterPidFile: string | undefined;
let released = false;
/** How long the watched processes get to stop on SIGTERM before SIGKILL. */
const graceMs = 3000;

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

function postmasterPid(): number | undefined {
  if (!postmasterPidFile) return undefined;
  try {
    const pid = Number(readFileSync(postmasterPidFile, 'utf8').split('\n', 1)[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [command = '', ...rest] = line.split(' ');
  const argument = rest.join(' ');
  if (command === 'watch') pids.add(Number(argument));
  else if (command === 'unwatch') pids.delete(Number(argument));
  else if (command === 'postgres') postmasterPidFile = argument;
  else if (command === 'release') released = true;
});
lines.on('close', () => {
  if (released) process.exit(0);
  const postgres = postmasterPid();
  if (postgres !== undefined) signal(postgres, 'SIGINT');
  for (const pid of pids) signal(pid, 'SIGTERM');
  setTimeout(() => {
    for (const pid of pids) signal(pid, 'SIGKILL');
    process.exit(0);
  }, graceMs);
});
