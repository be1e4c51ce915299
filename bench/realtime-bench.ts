// Measures broadcast from the database end to end: 20 supabase-js clients, signed in as
// members of the Demo Newsroom, on one article's private topic, while a checker saves a
// claim of that article with save_claim through the gateway, one save at a time. For each
// save: from sending the request (PostgREST commits before it answers, so this includes
// the save itself) and from its answer, to the claim's 'change' broadcast having reached
// every subscriber. A seeded stack of its own in a separate process (ports 26771–26775);
// the clients share the machine's cores with it.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import ws from 'ws';
import { anonKey, dbPassword, dbUser } from '../stack/config.ts';
import { demoAccounts, demoNewsroomId, demoPassword, demoUserIds } from '../stack/seed/seed-ids.ts';
import { startStackProcess } from '../stack/stack-process.ts';

export const realtimeBenchSetup = { subscribers: 20, saves: 60, pauseMs: 100, warmUpSaves: 5 };
const ports = { api: 26771, db: 26772, postgrest: 26773, auth: 26774, realtime: 26775 };
const articleText = 'Alpha beta gamma delta.\n\nThe second paragraph says something checkable.';

export interface RealtimeFigures {
  /** Sent save_claim → the broadcast at the last subscriber. */
  fromRequest: { p50Ms: number; p95Ms: number; maxMs: number };
  /** save_claim answered → the broadcast at the last subscriber (0 when it came first). */
  fromAnswer: { p50Ms: number; p95Ms: number };
  saveP50Ms: number;
  saves: number;
  missed: number;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

async function signedIn(url: string, email: string): Promise<SupabaseClient> {
  const client = createClient(url, anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
  });
  const { error } = await client.auth.signInWithPassword({ email, password: demoPassword });
  if (error) throw new Error(`sign-in as ${email} failed: ${error.message}`);
  return client;
}

async function benchArticle(dbUrl: string): Promise<string> {
  const db = new pg.Client(dbUrl);
  await db.connect();
  try {
    const body = { type: 'doc', content: articleText.split('\n\n').map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
    const { rows } = await db.query<{ id: string }>(
      `insert into public.articles (newsroom_id, title, body, body_text, created_by) values ($1, 'Realtime benchmark', $2, $3, $4) returning id`,
      [demoNewsroomId, body, articleText, demoUserIds.admin],
    );
    return rows[0]!.id;
  } finally {
    await db.end();
  }
}

export async function measureRealtime(): Promise<RealtimeFigures> {
  const root = await mkdtemp(path.join(tmpdir(), 'factmark-bench-realtime-'));
  const stack = await startStackProcess({ ports, dataDir: path.join(root, 'db'), seed: true });
  const clients: SupabaseClient[] = [];
  try {
    const articleId = await benchArticle(`postgresql://${dbUser}:${dbPassword}@127.0.0.1:${ports.db}/postgres`);
    const members = demoAccounts.filter((account) => account.newsroom === 'demo');
    // arrivals.get(version) holds when each subscriber got the broadcast of that version.
    const arrivals = new Map<number, number[]>();
    for (let index = 0; index < realtimeBenchSetup.subscribers; index += 1) {
      const client = await signedIn(stack.apiUrl, members[index % members.length]!.email);
      clients.push(client);
      await new Promise<void>((resolve, reject) => {
        client
          .channel(`article:${articleId}`, { config: { private: true } })
          .on('broadcast', { event: 'change' }, ({ payload }) => {
            const message = payload as { table?: string; version?: number };
            if (message.table !== 'claims' || message.version === undefined) return;
            const at = performance.now();
            const list = arrivals.get(message.version) ?? [];
            list.push(at);
            arrivals.set(message.version, list);
          })
          .subscribe((status, error) => {
            if (status === 'SUBSCRIBED') resolve();
            else if (status !== 'CLOSED') reject(new Error(`subscriber ${index} could not join: ${status} ${error?.message ?? ''}`));
          });
      });
    }
    const saver = await signedIn(stack.apiUrl, members.find((member) => member.key === 'checker')!.email);
    clients.push(saver);
    let claim: Record<string, unknown> = {
      id: randomUUID(),
      article_id: articleId,
      quote_exact: 'beta gamma',
      quote_prefix: 'Alpha ',
      quote_suffix: ' delta.',
      start_offset: 6,
      end_offset: 16,
      claim_text: 'Benchmark claim, save 0',
      claimant: 'A minister',
      verdict_id: null,
      rationale: null,
    };
    const fromRequest: number[] = [];
    const fromAnswer: number[] = [];
    const saveMs: number[] = [];
    let missed = 0;
    const total = realtimeBenchSetup.warmUpSaves + realtimeBenchSetup.saves;
    for (let save = 0; save < total; save += 1) {
      const sent = performance.now();
      const { data, error } = await saver.rpc('save_claim', { claim: { ...claim, claim_text: `Benchmark claim, save ${save}` }, sources: [] });
      const answered = performance.now();
      if (error || !data) throw new Error(`save_claim failed: ${error?.message ?? 'no row'}`);
      const saved = data as { version: number };
      claim = { ...claim, version: saved.version };
      const deadline = answered + 5000;
      while ((arrivals.get(saved.version)?.length ?? 0) < realtimeBenchSetup.subscribers && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const times = arrivals.get(saved.version) ?? [];
      if (save >= realtimeBenchSetup.warmUpSaves) {
        if (times.length < realtimeBenchSetup.subscribers) missed += 1;
        else {
          const last = Math.max(...times);
          fromRequest.push(last - sent);
          fromAnswer.push(Math.max(0, last - answered));
          saveMs.push(answered - sent);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, realtimeBenchSetup.pauseMs));
    }
    return {
      fromRequest: { p50Ms: percentile(fromRequest, 0.5), p95Ms: percentile(fromRequest, 0.95), maxMs: Math.max(...fromRequest) },
      fromAnswer: { p50Ms: percentile(fromAnswer, 0.5), p95Ms: percentile(fromAnswer, 0.95) },
      saveP50Ms: percentile(saveMs, 0.5),
      saves: fromRequest.length,
      missed,
    };
  } finally {
    await Promise.all(clients.map((client) => client.realtime.disconnect()));
    await stack.stop();
    await rm(root, { recursive: true, force: true });
  }
}
