// Measures what the gateway costs: the same simple read (the verdicts' ids, with the anon
// key) sent by 50 concurrent clients straight to PostgREST and through the gateway, on a
// seeded stack of its own (ports 26751–26754) run in a separate process, so that the load
// generator does not share the gateway's event loop. Rounds alternate between the two
// after a warm-up, so that drift in the machine's load touches both alike.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { anonKey } from '../stack/config.ts';
import { startStackProcess } from '../stack/stack-process.ts';
import { runLoad, type LoadFigures } from './http-load.ts';

export const gatewayBenchSetup = { connections: 50, rounds: 3, roundMs: 5_000, warmUpMs: 2_000, path: '/verdicts?select=id' };
const ports = { api: 26751, db: 26752, postgrest: 26753, auth: 26754 };

export interface GatewayFigures {
  direct: LoadFigures;
  gateway: LoadFigures;
  /** Requests a second straight to PostgREST ÷ through the gateway. */
  ratio: number;
}

function combined(rounds: LoadFigures[]): LoadFigures {
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const seconds = rounds.reduce((sum, round) => sum + round.seconds, 0);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    requests,
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
    seconds,
    perSecond: requests / seconds,
    p50Ms: median(rounds.map((round) => round.p50Ms)),
    p99Ms: median(rounds.map((round) => round.p99Ms)),
  };
}

export async function measureGateway(): Promise<GatewayFigures> {
  const root = await mkdtemp(path.join(tmpdir(), 'factmark-bench-gateway-'));
  const stack = await startStackProcess({ ports, dataDir: path.join(root, 'db'), seed: true });
  try {
    const headers = { apikey: anonKey, authorization: `Bearer ${anonKey}` };
    const targets = {
      direct: `http://127.0.0.1:${ports.postgrest}${gatewayBenchSetup.path}`,
      gateway: `${stack.apiUrl}/rest/v1${gatewayBenchSetup.path}`,
    };
    const { connections, rounds, roundMs, warmUpMs } = gatewayBenchSetup;
    for (const target of Object.values(targets)) await runLoad(target, headers, { connections, durationMs: warmUpMs });
    const direct: LoadFigures[] = [];
    const gateway: LoadFigures[] = [];
    for (let round = 0; round < rounds; round += 1) {
      direct.push(await runLoad(targets.direct, headers, { connections, durationMs: roundMs }));
      gateway.push(await runLoad(targets.gateway, headers, { connections, durationMs: roundMs }));
    }
    const figures = { direct: combined(direct), gateway: combined(gateway) };
    return { ...figures, ratio: figures.direct.perSecond / figures.gateway.perSecond };
  } finally {
    await stack.stop();
    await rm(root, { recursive: true, force: true });
  }
}
