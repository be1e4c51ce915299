// Where the integration suite's own stack listens: ports apart from `npm start`'s, so
// tests never touch a developer's data, and below Linux's ephemeral range (32768+), so a
// client socket lingering in TIME_WAIT on one of them can't block the next run.
import { anonKey, dbPassword, dbUser, serviceRoleKey, type StackPorts } from '../../stack/config.ts';

export const integrationPorts: StackPorts = { api: 25321, db: 25322, postgrest: 25331, auth: 25332 };

export const testStack = {
  apiUrl: `http://127.0.0.1:${integrationPorts.api}`,
  dbUrl: `postgresql://${dbUser}:${dbPassword}@127.0.0.1:${integrationPorts.db}/postgres`,
  anonKey,
  serviceRoleKey,
} as const;
