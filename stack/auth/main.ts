// The auth service as a process of its own, as the stack runs it (like GoTrue in its
// container, it can die and be restarted without the rest): settings from the
// environment the stack passes, log lines on stdout, SIGTERM stops it.
import { startAuth } from './server.ts';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`auth: ${name} is not set`);
  return value;
}

const auth = await startAuth({
  port: Number(setting('FACTMARK_AUTH_PORT')),
  databaseUrl: setting('FACTMARK_AUTH_DATABASE_URL'),
  jwtSecret: setting('FACTMARK_JWT_SECRET'),
  issuer: setting('FACTMARK_AUTH_ISSUER'),
  refreshTokenReuseIntervalSeconds: Number(setting('FACTMARK_REFRESH_TOKEN_REUSE_INTERVAL')),
  log: (line) => console.log(line),
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void auth.stop().then(() => process.exit(0));
  });
}
