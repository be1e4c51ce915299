// The Realtime service killed under a connected client, in a stack of the file's own (run in
// a process of its own so that its parts can be killed): the stack restarts it as it
// restarts PostgREST and auth, and realtime-js reconnects and rejoins its private channel by
// itself (authorised again), then receives what the database broadcasts afterwards.
import { createClient } from '@supabase/supabase-js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ws from 'ws';
import { anonKey, dbPassword, dbUser } from '../../stack/config.ts';
import { demoAccounts, demoPassword, seedArticleId } from '../../stack/seed/seed-ids.ts';
import { startStackProcess, type StackProcess } from '../../stack/stack-process.ts';
import { broadcastOf, eventually, join, useChannels } from '../support/realtime.ts';
import { faultPorts } from '../support/test-stack.ts';

useChannels();

let root: string;
let stack: StackProcess;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'factmark-realtime-restart-'));
  stack = await startStackProcess({ ports: faultPorts, dataDir: path.join(root, 'db'), seed: true });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await rm(root, { recursive: true, force: true });
});

describe('Realtime killed with SIGKILL under a connected client', () => {
  it('is restarted, and the client rejoins by itself and gets later broadcasts', async () => {
    const client = createClient(stack.apiUrl, anonKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: ws as unknown as typeof WebSocket },
    });
    const checker = demoAccounts.find((account) => account.key === 'checker')!;
    expect((await client.auth.signInWithPassword({ email: checker.email, password: demoPassword })).error).toBeNull();
    const topic = `article:${seedArticleId}`;
    const joined = await join(client, topic);
    expect(joined.status).toBe('SUBSCRIBED');

    const from = stack.lines.length;
    process.kill(stack.pidOf('Realtime'), 'SIGKILL');
    await stack.waitForLine(/^Realtime exited \(SIGKILL\); restarting it in 0.25 s$/, { from });
    await stack.waitForLine(/^Realtime is running again$/, { from });
    await eventually(() => (joined.laterStatuses.includes('SUBSCRIBED') ? true : undefined), 'the channel joined again', 15_000);

    const db = new pg.Client(`postgresql://${dbUser}:${dbPassword}@127.0.0.1:${faultPorts.db}/postgres`);
    await db.connect();
    try {
      await db.query(`select realtime.send('{"after": "restart"}', 'change', $1)`, [topic]);
    } finally {
      await db.end();
    }
    await broadcastOf(joined, 'change', (payload) => payload.after === 'restart');
    await client.realtime.disconnect();
  }, 60_000);
});
