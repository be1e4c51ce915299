// Two suites: `unit` (pure code, no services) and `integration` (the real local stack,
// started once for the run by tests/setup/integration-stack.ts).
import { defineConfig } from 'vitest/config';

// supabase-js warns on every import under Node 20 (this machine's Node); the tests run the
// browser's code paths against our stack, where Node's version changes nothing.
const nodeVersionNotice = 'Node.js 20 and below are deprecated';

export default defineConfig({
  test: {
    onConsoleLog: (log) => !log.includes(nodeVersionNotice),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'stack/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/integration-stack.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
