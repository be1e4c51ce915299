// The Realtime service's HTTP side: the WebSocket endpoint at /socket/websocket (where the
// gateway sends /realtime/v1/websocket, as Supabase's gateway does) and a health check. As
// Supabase's socket does, the upgrade is refused with 401 unless the apikey in the query
// string is a valid JWT of the project; it becomes the token of joins that bring none.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { WebSocketServer } from 'ws';
import { createTokenVerifier, TokenError } from './authorization.ts';
import type { Channel } from './channel.ts';
import { serveConnection } from './connection.ts';
import { listenForMessages } from './database.ts';
import { Rooms } from './rooms.ts';

export interface RealtimeOptions {
  port: number;
  /** As supabase_realtime_admin: owns realtime.messages and may act as the API roles. */
  databaseUrl: string;
  jwtSecret: string;
  log: (line: string) => void;
}

/** The serializer realtime-js 2.x uses by default; the only one spoken here (see the README). */
const supportedVsn = '2.0.0';

function refuseUpgrade(socket: import('node:stream').Duplex, status: number, reason: string, error: string) {
  const body = JSON.stringify({ error });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

export async function startRealtime(options: RealtimeOptions): Promise<{ url: string; stop: () => Promise<void> }> {
  const { log } = options;
  const verify = createTokenVerifier(options.jwtSecret);
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 5, application_name: 'factmark-realtime' });
  pool.on('error', (error) => log(`realtime: idle database connection failed: ${error.message}`));
  const rooms = new Rooms<Channel>();
  const context = { pool, verify, rooms, log };
  const listener = await listenForMessages({ databaseUrl: options.databaseUrl, rooms, log });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 3 * 1024 * 1024 });
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://realtime.invalid');
    const [status, body] = pathname === '/api/health' ? [200, { status: 'ok' }] : [404, { error: 'Not found' }];
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://realtime.invalid');
    if (url.pathname !== '/socket/websocket') {
      refuseUpgrade(socket, 404, 'Not Found', 'Not found');
      return;
    }
    const vsn = url.searchParams.get('vsn') ?? supportedVsn;
    if (vsn !== supportedVsn) {
      refuseUpgrade(socket, 400, 'Bad Request', `Serializer version ${vsn} is not supported here; use ${supportedVsn}`);
      return;
    }
    const apiKey = url.searchParams.get('apikey') ?? request.headers['x-api-key'];
    if (typeof apiKey !== 'string' || apiKey === '') {
      refuseUpgrade(socket, 401, 'Unauthorized', 'API key is missing');
      return;
    }
    verify(apiKey).then(
      () => wss.handleUpgrade(request, socket, head, (ws) => serveConnection(ws, context, apiKey)),
      (error: unknown) => {
        const message = error instanceof TokenError ? error.message : 'Error connecting to Realtime';
        refuseUpgrade(socket, 401, 'Unauthorized', message);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  log(`realtime listening on 127.0.0.1:${port}`);
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await listener.stop();
      await pool.end();
    },
  };
}
