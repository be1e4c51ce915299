// Where the integration suite's own stack listens: ports apart from `npm start`'s, so
// tests never touch a developer's data, and below Linux's ephemeral range (32768+), so a
// client socket lingering in TIME_WAIT on one of them can't block the next run.
// INTEGRATION_PORT_OFFSET shifts them all, so two runs can share a machine.
import { anonKey, dbPassword, dbUser, serviceRoleKey, type StackPorts } from '../../stack/config.ts';

const offset = Number(process.env.INTEGRATION_PORT_OFFSET ?? 0);

export const integrationPorts: Required<StackPorts> = {
  api: 25321 + offset,
  db: 25322 + offset,
  postgrest: 25331 + offset,
  auth: 25332 + offset,
  realtime: 25334 + offset,
};

// For tests that start, stop and restart a stack of their own in a data directory they can
// break (migration checksums): only its Postgres ever runs, the rest must merely be free.
export const scratchPorts: Required<StackPorts> & { app: number } = {
  api: 25341 + offset,
  db: 25342 + offset,
  postgrest: 25343 + offset,
  auth: 25344 + offset,
  app: 25345 + offset,
  realtime: 25346 + offset,
};

// For the fault tests' stack, which runs in a process of its own so that they can kill it.
export const faultPorts: Required<StackPorts> = {
  api: 25351 + offset,
  db: 25352 + offset,
  postgrest: 25353 + offset,
  auth: 25354 + offset,
  realtime: 25355 + offset,
};

export const testStack = {
  apiUrl: `http://127.0.0.1:${integrationPorts.api}`,
  realtimeUrl: `ws://127.0.0.1:${integrationPorts.api}/realtime/v1/websocket`,
  dbUrl: `postgresql://${dbUser}:${dbPassword}@127.0.0.1:${integrationPorts.db}/postgres`,
  anonKey,
  serviceRoleKey,
} as const;
