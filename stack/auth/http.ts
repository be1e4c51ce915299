// Request and response plumbing for the auth server: JSON bodies with a size limit and
// GoTrue's parse errors, typed access to body fields, Bearer tokens.
import type http from 'node:http';
import { AuthError, badRequest, unauthorized } from './errors.ts';

export type JsonObject = { [key: string]: unknown };

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const maxBodyBytes = 1024 * 1024;
// A body over the limit is still read (and dropped) up to this size, so that its sender
// (the gateway, which passes up to 2 MB) reads the 413 rather than a reset connection.
const drainLimitBytes = 4 * maxBodyBytes;

const bodyTooLarge = () => new AuthError(413, 'validation_failed', `Request body is larger than ${maxBodyBytes} bytes`);
const badJson = (detail: string) => badRequest('bad_json', `Could not parse request body as JSON: ${detail}`);

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > drainLimitBytes) return Promise.reject(bodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
      else if (size > drainLimitBytes) {
        request.pause();
        reject(bodyTooLarge());
      }
    });
    request.once('end', () => (size > maxBodyBytes ? reject(bodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.once('error', reject);
  });
}

/**
 * The body as a JSON object. Like GoTrue (Go's json.Unmarshal into a struct), an empty
 * body or anything but an object or null is refused with bad_json; null reads as {}.
 */
export async function readJsonObject(request: http.IncomingMessage): Promise<JsonObject> {
  const text = await readBody(request);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw badJson(text.trim() === '' ? 'unexpected end of JSON input' : (error as Error).message);
  }
  if (parsed === null) return {};
  if (!isJsonObject(parsed)) throw badJson('expected a JSON object');
  return parsed;
}

/** Reads the body only when one was sent (GoTrue's DELETE /admin/users/{id}). */
export async function readOptionalJsonObject(request: http.IncomingMessage): Promise<JsonObject> {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  return hasBody ? readJsonObject(request) : {};
}

function wrongType(name: string, expected: string) {
  return badJson(`field "${name}" must be ${expected}`);
}

/** A string field; absent and null read as undefined, any other type is bad_json. */
export function stringField(body: JsonObject, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw wrongType(name, 'a string');
  return value;
}

export function booleanField(body: JsonObject, name: string): boolean | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw wrongType(name, 'true or false');
  return value;
}

export function objectField(body: JsonObject, name: string): JsonObject | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (!isJsonObject(value)) throw wrongType(name, 'an object');
  return value;
}

/** The token of an `Authorization: Bearer <token>` header, as GoTrue's bearer regexp reads it. */
export function bearerToken(request: http.IncomingMessage): string {
  const match = /^[Bb]earer (\S+)$/.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw unauthorized('no_authorization', 'This endpoint requires a valid Bearer token');
  return match[1];
}

export function sendReply(response: http.ServerResponse, reply: Reply) {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers);
    response.end();
    return;
  }
  const payload = JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(payload)),
  });
  response.end(payload);
}
