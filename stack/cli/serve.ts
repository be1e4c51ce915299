// The local stack alone, without the app, in a process of its own: what the benchmark
// and the fault tests run, since they measure it from outside or kill its parts (or it).
// Ports and data directory come from the environment as for `npm start`
// (FACTMARK_*_PORT, FACTMARK_DATA_DIR; FACTMARK_SEED=0 skips the demo data); every log
// line goes to stdout, then "ready <API URL>"; SIGTERM or SIGINT stops it.
import { defaultDataDir, portsFromEnv } from '../config.ts';
import { startStack } from '../stack.ts';

try {
  const stack = await startStack({
    ports: portsFromEnv(),
    dataDir: defaultDataDir(),
    seed: process.env.FACTMARK_SEED !== '0',
    log: (line) => console.log(line),
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void stack.stop().then(() => process.exit(0));
    });
  }
  console.log(`ready ${stack.apiUrl}`);
} catch (error) {
  console.error(`Could not start the stack: ${(error as Error).message}`);
  process.exitCode = 1;
}
