// The gateway's WebSocket side: an upgrade it accepted is passed to Realtime as an HTTP
// upgrade request, and once Realtime switches protocols the two sockets are joined byte for
// byte (what Kong does for Supabase). An answer other than 101 (Realtime refusing the
// token) reaches the client as it was sent; Realtime down is a 502 in Kong's words. Every
// joined pair is ended when the gateway stops, since server.close() leaves upgraded
// sockets open.
import http from 'node:http';
import type { Duplex } from 'node:stream';

const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te', 'trailer', 'host']);

function head(status: number, statusText: string, headers: http.IncomingHttpHeaders | Record<string, string>): string {
  const lines = [`HTTP/1.1 ${status} ${statusText}`];
  for (const [name, value] of Object.entries(headers)) {
    for (const one of Array.isArray(value) ? value : [value]) if (one !== undefined) lines.push(`${name}: ${one}`);
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** An HTTP answer on a socket that asked to upgrade, then closed. */
export function refuseUpgrade(socket: Duplex, status: number, body: { message: string; code?: string }) {
  const payload = JSON.stringify(body);
  const statusText = http.STATUS_CODES[status] ?? 'Error';
  socket.end(`${head(status, statusText, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), connection: 'close' })}${payload}`);
}

export function createUpgradeProxy(realtimeUrl: string) {
  const target = new URL(realtimeUrl);
  const open = new Set<Duplex>();
  const keep = (socket: Duplex) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  };
  return {
    proxy(request: http.IncomingMessage, client: Duplex, clientHead: Buffer, path: string) {
      keep(client);
      const headers: http.OutgoingHttpHeaders = { host: target.host, connection: 'Upgrade', upgrade: request.headers.upgrade ?? 'websocket' };
      for (const [name, value] of Object.entries(request.headers)) if (!hopByHop.has(name) && value !== undefined) headers[name] = value;
      const upstream = http.request({ hostname: target.hostname, port: Number(target.port), path, method: 'GET', headers });
      client.once('error', () => upstream.destroy());
      upstream.on('upgrade', (response, socket, upstreamHead) => {
        keep(socket);
        client.write(head(101, 'Switching Protocols', response.headers));
        if (upstreamHead.length > 0) client.write(upstreamHead);
        if (clientHead.length > 0) socket.write(clientHead);
        socket.on('error', () => client.destroy());
        client.on('error', () => socket.destroy());
        socket.once('close', () => client.destroy());
        client.once('close', () => socket.destroy());
        socket.pipe(client).pipe(socket);
      });
      upstream.on('response', (response) => {
        client.write(head(response.statusCode ?? 502, response.statusMessage ?? '', { ...response.headers, connection: 'close' }));
        response.pipe(client);
      });
      upstream.on('error', () => {
        if (!client.destroyed) refuseUpgrade(client, 502, { message: 'An invalid response was received from the upstream server', code: 'bad_gateway' });
      });
      upstream.end();
    },
    closeAll() {
      for (const socket of open) socket.destroy();
    },
  };
}
