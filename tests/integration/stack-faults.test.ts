// Faults injected into a stack of the file's own, run in a process of its own: PostgREST
// or auth killed with SIGKILL is restarted (with a log line, and a growing back-off while
// it keeps dying) and the API answers again; the stack's Node process killed with SIGKILL
// leaves nothing behind (Postgres, PostgREST, auth and Realtime stop, their ports are free).
// Realtime killed under a connected client is in realtime-restart.test.ts.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonKey } from '../../stack/config.ts';
import { assertPortFree } from '../../stack/process.ts';
import { startStackProcess, type StackProcess } from '../../stack/stack-process.ts';
import { faultPorts } from '../support/test-stack.ts';

let root: string;
let stack: StackProcess;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factmark-faults-'));
  stack = await startStackProcess({ ports: faultPorts, dataDir: path.join(root, 'db'), seed: false });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await rm(root, { recursive: true, force: true });
});

const restStatus = async () => {
  const response = await fetch(`${stack.apiUrl}/rest/v1/verdicts?select=id`, { headers: { apikey: anonKey } }).catch(() => undefined);
  await response?.body?.cancel();
  return response?.status;
};

const signUpStatus = async () => {
  const response = await fetch(`${stack.apiUrl}/auth/v1/signup`, {
    method: 'POST',
    headers: { apikey: anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email: `fault-${crypto.randomUUID()}@example.com`, password: 'a-good-password' }),
  }).catch(() => undefined);
  await response?.body?.cancel();
  return response?.status;
};

/** Whether the process runs; a zombie (dead, not yet reaped by whoever adopted it) does not. */
const alive = async (pid: number) => {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
};

/** Polls until `check` holds, for at most timeoutMs. */
async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not so within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each([
  ['PostgREST', restStatus],
  ['auth', signUpStatus],
])('%s killed with SIGKILL', (service, status) => {
  it('is restarted with a log line, and the API answers again', async () => {
    expect(await status()).toBe(200);
    const from = stack.lines.length;
    const pid = stack.pidOf(service);
    process.kill(pid, 'SIGKILL');
    await stack.waitForLine(new RegExp(`^${service} exited \\(SIGKILL\\); restarting it in 0.25 s$`), { from });
    await stack.waitForLine(new RegExp(`^${service} is running again$`), { from });
    expect(stack.pidOf(service)).not.toBe(pid);
    expect(await status()).toBe(200);
  });

  it('is restarted later each time while it keeps dying', async () => {
    const from = stack.lines.length;
    const delays: string[] = [];
    for (let death = 0; death < 3; death += 1) {
      const running = stack.lines.length;
      process.kill(stack.pidOf(service), 'SIGKILL');
      const line = await stack.waitForLine(new RegExp(`^${service} exited \\(SIGKILL\\); restarting it in`), { from: running });
      delays.push(line.replace(/.* in /, ''));
      await stack.waitForLine(new RegExp(`^${service} is running again$`), { from: running });
    }
    // The first death of this test follows the previous test's within 30 s, so the back-off goes on from there.
    expect(delays).toEqual(['0.5 s', '1 s', '2 s']);
    expect(stack.lines.slice(from).filter((line) => line.includes('exited'))).toHaveLength(3);
    await eventually(async () => (await status()) === 200);
  }, 30_000);
});

describe('the stack process killed with SIGKILL', () => {
  it('takes Postgres, PostgREST, auth and Realtime down with it, leaving their ports free', async () => {
    const children = [
      stack.pidOf('PostgREST'),
      stack.pidOf('auth'),
      stack.pidOf('Realtime'),
      Number((await readFile(path.join(root, 'db', 'postmaster.pid'), 'utf8')).split('\n', 1)[0]),
    ];
    expect(await Promise.all(children.map(alive))).toEqual([true, true, true, true]);
    stack.child.kill('SIGKILL');
    await eventually(async () => !(await Promise.all(children.map(alive))).includes(true));
    for (const port of [faultPorts.api, faultPorts.db, faultPorts.postgrest, faultPorts.auth, faultPorts.realtime]) {
      await assertPortFree(port, 'test', 'PORT');
    }
  }, 30_000);
});
