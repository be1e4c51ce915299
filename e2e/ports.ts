// The end-to-end run's own ports: apart from `npm start` (543xx) and the integration tests
// (253xx), and below Linux's ephemeral range so a socket in TIME_WAIT cannot block them.
// E2E_PORT_OFFSET shifts them all, so two runs can share a machine.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const e2ePorts = {
  api: 26321 + offset,
  db: 26322 + offset,
  postgrest: 26331 + offset,
  auth: 26332 + offset,
  app: 26173 + offset,
};

export const e2eAppUrl = `http://127.0.0.1:${e2ePorts.app}`;
