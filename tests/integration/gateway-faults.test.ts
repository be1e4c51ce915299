// The gateway in front of upstreams that misbehave, each played by a small server of the
// test's own: one that never answers gets a 504 in JSON, one that breaks off mid-answer
// ends the client's response, one that is down gets a 502; a client that goes away takes
// its upstream request with it; and connections to an upstream are reused. A WebSocket
// upgrade for Realtime is passed through whole, answered 502 when Realtime is down, and ends
// with the gateway.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { startGateway } from '../../stack/gateway.ts';

const apiKey = 'test-key';
const upstreamTimeoutMs = 500;
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** An upstream server answering with `handler`, and every connection it was opened. */
async function upstream(handler: http.RequestListener): Promise<{ url: string; connections: Socket[] }> {
  const connections: Socket[] = [];
  const server = http.createServer(handler);
  server.on('connection', (socket) => connections.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections };
}

/** The address of a port nothing listens on. */
async function vacantUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

async function gatewayTo(upstreamUrl: string): Promise<string> {
  const gateway = await startGateway({ port: 0, postgrestUrl: upstreamUrl, authUrl: upstreamUrl, realtimeUrl: upstreamUrl, apiKeys: [apiKey], upstreamTimeoutMs });
  cleanups.push(gateway.stop);
  return `${gateway.url}/rest/v1/verdicts?select=id`;
}

const get = (url: string, signal?: AbortSignal) => fetch(url, { headers: { apikey: apiKey }, ...(signal ? { signal } : {}) });

describe('the gateway before a faulty upstream', () => {
  it('answers 504 in JSON when the upstream stays silent past the timeout', async () => {
    const silent = await upstream(() => undefined);
    const started = Date.now();
    const response = await get(await gatewayTo(silent.url));
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ message: 'The upstream server is timing out', code: 'upstream_timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(upstreamTimeoutMs - 50);
  });

  it('ends the client response when the upstream breaks off mid-answer, instead of leaving it hanging', async () => {
    const breaking = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('[{"id":"tru');
      setTimeout(() => response.socket?.destroy(), 50);
    });
    const response = await get(await gatewayTo(breaking.url));
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it('ends the client response when the upstream stalls mid-answer past the timeout', async () => {
    const stalling = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('[');
    });
    const response = await get(await gatewayTo(stalling.url));
    await expect(response.text()).rejects.toThrow();
  });

  it('answers 502 in JSON when the upstream is down', async () => {
    const response = await get(await gatewayTo(await vacantUrl()));
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ code: 'bad_gateway' });
  });

  it('aborts the upstream request when the client goes away', async () => {
    let upstreamClosed!: () => void;
    const closed = new Promise<void>((resolve) => {
      upstreamClosed = resolve;
    });
    const slow = await upstream((request, response) => {
      response.on('close', () => {
        if (!response.writableFinished) upstreamClosed();
      });
      request.resume();
    });
    const controller = new AbortController();
    const pending = get(await gatewayTo(slow.url), controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await expect(pending).rejects.toThrow();
    await closed;
  });

  it('keeps its connection to the upstream open between requests', async () => {
    const quick = await upstream((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('[]');
    });
    const url = await gatewayTo(quick.url);
    for (let i = 0; i < 5; i += 1) expect((await get(url)).status).toBe(200);
    expect(quick.connections).toHaveLength(1);
  });
});

describe('the gateway before Realtime', () => {
  const socketPath = (url: string) => `${url.replace(/^http/, 'ws')}/realtime/v1/websocket?apikey=${apiKey}&vsn=2.0.0`;

  it('passes the upgrade, with its query string whole, and the frames both ways', async () => {
    const server = http.createServer();
    const wss = new WebSocketServer({ server });
    const seen: string[] = [];
    wss.on('connection', (socket, request) => {
      seen.push(request.url ?? '');
      socket.on('message', (data) => socket.send(`echo ${data.toString()}`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => {
      for (const client of wss.clients) client.terminate();
      server.close(() => resolve());
    }));
    const realtimeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const gateway = await startGateway({ port: 0, postgrestUrl: realtimeUrl, authUrl: realtimeUrl, realtimeUrl, apiKeys: [apiKey] });
    cleanups.push(gateway.stop);
    const client = new WebSocket(socketPath(gateway.url));
    await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
    const echoed = new Promise<string>((resolve) => client.once('message', (data) => resolve(data.toString())));
    client.send('hé 🚀');
    expect(await echoed).toBe('echo hé 🚀');
    expect(seen).toEqual([`/socket/websocket?apikey=${apiKey}&vsn=2.0.0`]);
    const closed = new Promise((resolve) => client.once('close', resolve));
    await gateway.stop();
    await closed;
  });

  it('answers an upgrade with 502 in JSON when Realtime is down', async () => {
    const down = await vacantUrl();
    const gateway = await startGateway({ port: 0, postgrestUrl: down, authUrl: down, realtimeUrl: down, apiKeys: [apiKey] });
    cleanups.push(gateway.stop);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const client = new WebSocket(socketPath(gateway.url));
      client.once('open', () => reject(new Error('the upgrade was accepted')));
      client.once('error', () => undefined);
      client.once('unexpected-response', (_request, response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
    });
    expect(answer.status).toBe(502);
    expect(JSON.parse(answer.body)).toEqual({ message: 'An invalid response was received from the upstream server', code: 'bad_gateway' });
  });
});
