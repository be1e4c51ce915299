// The one HTTP endpoint the app talks to, standing in for Supabase's API gateway: it
// routes /rest/v1 to PostgREST, /auth/v1 to auth and the WebSocket upgrade at
// /realtime/v1/websocket to Realtime (stack/realtime-upgrade.ts), answers CORS preflights,
// refuses any request without a valid apikey, and bounds what passes through: bodies over
// maxBodyBytes are refused with 413, an upstream that stays silent for upstreamTimeoutMs
// gets a 504, and a client that goes away takes its upstream request with it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createUpgradeProxy, refuseUpgrade } from './realtime-upgrade.ts';

export interface GatewayOptions {
  port: number;
  postgrestUrl: string;
  authUrl: string;
  realtimeUrl: string;
  apiKeys: readonly string[];
  /** How long an upstream may stay silent (connecting, answering, mid-answer). */
  upstreamTimeoutMs?: number;
}

/** The documented request body limit, for every route (README, "The local stack"). */
export const maxBodyBytes = 2 * 1024 * 1024;
const defaultUpstreamTimeoutMs = 30_000;
/** How long a refused upload may keep streaming in before its connection is cut. */
const lingerMs = 10_000;

const allowedHeaders = [
  'authorization',
  'x-client-info',
  'apikey',
  'content-type',
  'accept',
  'accept-profile',
  'content-profile',
  'prefer',
  'range',
  'x-supabase-api-version',
  'x-upsert',
].join(', ');

const exposedHeaders = ['content-range', 'content-location', 'location', 'x-supabase-api-version'].join(', ');

// Hop-by-hop headers describe one connection, not the message: forwarding a client's
// `connection: close` would make the upstream drop the pooled connection.
const hopByHop = new Set(['connection', 'keep-alive', 'proxy-connection', 'upgrade', 'te', 'trailer']);

function corsHeaders(request: http.IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers.origin ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': exposedHeaders,
    vary: 'Origin',
  };
}

function sendJson(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  body: { message: string; code?: string },
) {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    ...corsHeaders(request),
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
  });
  response.end(payload);
}

const tooLarge = {
  message: `Request body is larger than the limit of ${maxBodyBytes} bytes (2 MB)`,
  code: 'request_too_large',
};

function apiKeyOf(request: http.IncomingMessage, url: URL): string | undefined {
  const header = request.headers.apikey;
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('apikey') ?? undefined;
}

/**
 * The query string without its apikey parameters, as Supabase's gateway forwards it
 * (PostgREST would read `apikey` as a filter and answer 400). Done on the raw text so
 * every other parameter reaches the upstream byte for byte.
 */
export function withoutApiKey(search: string): string {
  if (search.length <= 1) return search;
  const kept = search
    .slice(1)
    .split('&')
    .filter((part) => {
      const name = part.split('=', 1)[0] ?? '';
      try {
        return decodeURIComponent(name.replaceAll('+', ' ')) !== 'apikey';
      } catch {
        return true;
      }
    });
  return kept.length ? `?${kept.join('&')}` : '';
}

interface Origin {
  hostname: string;
  port: number;
  host: string;
}

function originOf(url: string): Origin {
  const parsed = new URL(url);
  return { hostname: parsed.hostname, port: Number(parsed.port || 80), host: parsed.host };
}

interface Target {
  origin: Origin;
  path: string;
}

function targetFor(url: URL, origins: { postgrest: Origin; auth: Origin }): Target | undefined {
  const { pathname } = url;
  const search = withoutApiKey(url.search);
  if (pathname === '/rest/v1' || pathname.startsWith('/rest/v1/')) {
    return { origin: origins.postgrest, path: `${pathname.slice('/rest/v1'.length) || '/'}${search}` };
  }
  if (pathname === '/auth/v1' || pathname.startsWith('/auth/v1/')) {
    return { origin: origins.auth, path: `${pathname}${search}` };
  }
  return undefined;
}

function forwardedHeaders(headers: http.IncomingHttpHeaders, host: string): http.OutgoingHttpHeaders {
  const result: http.OutgoingHttpHeaders = { host };
  for (const [name, value] of Object.entries(headers)) {
    if (name !== 'host' && !hopByHop.has(name) && value !== undefined) result[name] = value;
  }
  return result;
}

class UpstreamTimeout extends Error {}

interface ProxyContext {
  agent: http.Agent;
  timeoutMs: number;
}

function proxy(request: http.IncomingMessage, response: http.ServerResponse, target: Target, context: ProxyContext) {
  const declared = Number(request.headers['content-length'] ?? 0);
  const hasBody = declared > 0 || request.headers['transfer-encoding'] !== undefined;
  let answered = false;
  let draining = false;
  // Once nothing more can be forwarded the rest of the body is read and dropped (not
  // kept), so that the client reads the answer rather than a reset connection.
  const drain = () => {
    if (draining || request.complete) return;
    draining = true;
    request.removeAllListeners('data');
    request.resume();
    const cut = setTimeout(() => request.socket.destroy(), lingerMs).unref();
    request.once('end', () => clearTimeout(cut));
  };
  const refuse = (status: number, body: { message: string; code?: string }) => {
    if (answered) return;
    answered = true;
    sendJson(request, response, status, body);
    drain();
  };
  if (declared > maxBodyBytes) {
    refuse(413, tooLarge);
    return;
  }

  const send = (attempt: number) => {
    const upstream = http.request({
      hostname: target.origin.hostname,
      port: target.origin.port,
      path: target.path,
      method: request.method,
      headers: forwardedHeaders(request.headers, target.origin.host),
      agent: context.agent,
      timeout: context.timeoutMs,
    });
    // A body cut off by a clean close could pass for a whole one (PostgREST runs a
    // chunked body that ends at EOF), so an unfinished upload is reset, never closed.
    const abort = (error?: Error) => {
      if (!upstream.writableFinished) upstream.socket?.resetAndDestroy();
      upstream.destroy(error);
    };
    upstream.on('timeout', () => abort(new UpstreamTimeout()));
    upstream.on('response', (upstreamResponse) => {
      if (answered) {
        upstreamResponse.resume();
        return;
      }
      answered = true;
      const headers: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(upstreamResponse.headers)) {
        if (!hopByHop.has(name) && value !== undefined) headers[name] = value;
      }
      response.writeHead(upstreamResponse.statusCode ?? 502, Object.assign(headers, corsHeaders(request)));
      // An upstream that breaks off mid-answer ends the client's response too; otherwise
      // the client would wait forever for the rest. (pipe(), not pipeline(): this is the
      // hot path, and pipeline() costs an AbortController per call.)
      upstreamResponse.once('close', () => {
        if (!upstreamResponse.complete) response.destroy();
      });
      upstreamResponse.once('error', () => response.destroy());
      upstreamResponse.pipe(response);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      // A pooled connection the upstream closed just as it was reused: Node's advice is
      // to retry requests that are safe to repeat.
      if (!hasBody && attempt === 0 && upstream.reusedSocket && error.code === 'ECONNRESET' && !answered) {
        send(1);
        return;
      }
      if (error instanceof UpstreamTimeout) refuse(504, { message: 'The upstream server is timing out', code: 'upstream_timeout' });
      else refuse(502, { message: 'An invalid response was received from the upstream server', code: 'bad_gateway' });
    });
    upstream.once('close', drain);
    response.once('close', () => {
      if (!response.writableFinished) abort();
    });
    if (!hasBody) {
      upstream.end();
      return;
    }
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBodyBytes) {
        abort();
        refuse(413, tooLarge);
        return;
      }
      if (!upstream.write(chunk)) {
        request.pause();
        upstream.once('drain', () => request.resume());
      }
    };
    request.on('data', onData);
    request.once('end', () => {
      if (!draining) upstream.end();
    });
  };
  send(0);
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; stop: () => Promise<void> }> {
  const keys = new Set(options.apiKeys);
  // Connections to PostgREST and auth are kept and reused: opening one per request
  // costs more than the proxying itself. Idle ones are dropped before the upstreams'
  // own idle timeouts (Node's 5 s) would close them under a request.
  const agent = new http.Agent({ keepAlive: true, timeout: 4_000 });
  const context: ProxyContext = { agent, timeoutMs: options.upstreamTimeoutMs ?? defaultUpstreamTimeoutMs };
  const origins = { postgrest: originOf(options.postgrestUrl), auth: originOf(options.authUrl) };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://gateway.invalid');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...corsHeaders(request),
        'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': request.headers['access-control-request-headers'] ?? allowedHeaders,
        'access-control-max-age': '86400',
      });
      response.end();
      return;
    }
    const target = targetFor(url, origins);
    if (!target) {
      sendJson(request, response, 404, { message: 'no Route matched with those values' });
      return;
    }
    const apiKey = apiKeyOf(request, url);
    if (!apiKey) {
      sendJson(request, response, 401, { message: 'No API key found in request' });
      return;
    }
    if (!keys.has(apiKey)) {
      sendJson(request, response, 401, { message: 'Invalid API key' });
      return;
    }
    proxy(request, response, target, context);
  });
  // WebSockets: only Realtime's, with the same apikey rule (supabase-js sends it in the query
  // string, which is forwarded as is: Realtime reads it too, as Supabase's does).
  const upgrades = createUpgradeProxy(options.realtimeUrl);
  server.on('upgrade', (request: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://gateway.invalid');
    const apiKey = apiKeyOf(request, url);
    if (url.pathname !== '/realtime/v1/websocket') refuseUpgrade(socket, 404, { message: 'no Route matched with those values' });
    else if (!apiKey) refuseUpgrade(socket, 401, { message: 'No API key found in request' });
    else if (!keys.has(apiKey)) refuseUpgrade(socket, 401, { message: 'Invalid API key' });
    else upgrades.proxy(request, socket, head, `/socket/websocket${url.search}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        upgrades.closeAll();
        agent.destroy();
      }),
  };
}
