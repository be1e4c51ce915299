// The end-to-end run's own ports: apart from `npm start` (543xx) and the integration tests
// (253xx), and below Linux's ephemeral range so a socket in TIME_WAIT cannot block them.
export const e2ePorts = { api: 26321, db: 26322, postgrest: 26331, auth: 26332, app: 26173 };

export const e2eAppUrl = `http://127.0.0.1:${e2ePorts.app}`;
