// Where the integration suite's own stack listens: ports apart from `npm start`'s, so
// tests never touch a developer's data.
import { anonKey, dbPassword, dbUser, serviceRoleKey, type StackPorts } from '../../stack/config.ts';

export const integrationPorts: StackPorts = { api: 55321, db: 55322, postgrest: 55331, auth: 55332 };

export const testStack = {
  apiUrl: `http://127.0.0.1:${integrationPorts.api}`,
  dbUrl: `postgresql://${dbUser}:${dbPassword}@127.0.0.1:${integrationPorts.db}/postgres`,
  anonKey,
  serviceRoleKey,
} as const;
