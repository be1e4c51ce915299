// Vitest global setup for the integration suite: one seeded stack in a throwaway data
// directory for the whole run, removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from '../../stack/stack.ts';
import { integrationPorts } from '../support/test-stack.ts';

export default async function setup() {
  const root = await mkdtemp(path.join(tmpdir(), 'factmark-integration-'));
  const logs: string[] = [];
  const stack = await startStack({
    ports: integrationPorts,
    dataDir: path.join(root, 'db'),
    seed: true,
    log: (line) => logs.push(line),
  }).catch((error: unknown) => {
    console.error(logs.slice(-20).join('\n'));
    throw error;
  });
  return async () => {
    await stack.stop();
    await rm(root, { recursive: true, force: true });
  };
}
