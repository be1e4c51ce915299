// The one HTTP endpoint the app talks to, standing in for Supabase's API gateway: it
// routes /rest/v1 to PostgREST and /auth/v1 to auth, answers CORS preflights, and
// refuses any request without a valid apikey, as Supabase does.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayOptions {
  port: number;
  postgrestUrl: string;
  authUrl: string;
  apiKeys: readonly string[];
}

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
  body: Record<string, unknown>,
) {
  response.writeHead(status, { ...corsHeaders(request), 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function apiKeyOf(request: http.IncomingMessage, url: URL): string | undefined {
  const header = request.headers.apikey;
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('apikey') ?? undefined;
}

function upstreamFor(pathname: string, options: GatewayOptions): { base: string; path: string } | undefined {
  if (pathname === '/rest/v1' || pathname.startsWith('/rest/v1/')) {
    return { base: options.postgrestUrl, path: pathname.slice('/rest/v1'.length) || '/' };
  }
  if (pathname === '/auth/v1' || pathname.startsWith('/auth/v1/')) {
    return { base: options.authUrl, path: pathname };
  }
  return undefined;
}

function proxy(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  target: URL,
) {
  const headers = { ...request.headers, host: target.host };
  const upstream = http.request(
    target,
    { method: request.method, headers },
    (upstreamResponse) => {
      response.writeHead(upstreamResponse.statusCode ?? 502, {
        ...upstreamResponse.headers,
        ...corsHeaders(request),
      });
      upstreamResponse.pipe(response);
    },
  );
  upstream.on('error', () => {
    if (!response.headersSent) sendJson(request, response, 502, { message: 'An invalid response was received from the upstream server' });
    else response.destroy();
  });
  request.pipe(upstream);
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; stop: () => Promise<void> }> {
  const keys = new Set(options.apiKeys);
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
    const upstream = upstreamFor(url.pathname, options);
    if (!upstream) {
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
    proxy(request, response, new URL(`${upstream.path}${url.search}`, upstream.base));
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
      }),
  };
}
