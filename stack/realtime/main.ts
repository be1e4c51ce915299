// The Realtime service as a process of its own, as the stack runs it (like Supabase's
// Realtime container, it can die and be restarted without the rest; clients reconnect and
// rejoin by themselves): settings from the environment the stack passes, log lines on
// stdout, SIGTERM stops it.
import { startRealtime } from './server.ts';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`realtime: ${name} is not set`);
  return value;
}

const realtime = await startRealtime({
  port: Number(setting('FACTMARK_REALTIME_PORT')),
  databaseUrl: setting('FACTMARK_REALTIME_DATABASE_URL'),
  jwtSecret: setting('FACTMARK_JWT_SECRET'),
  log: (line) => console.log(line),
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void realtime.stop().then(() => process.exit(0));
  });
}
