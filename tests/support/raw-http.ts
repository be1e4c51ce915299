// HTTP as a client without supabase-js sends it, for probing the gateway's limits: a body
// sent whole (with its length) or streamed in chunks (without one), padded to any size
// with JSON whitespace so that it would be valid if it all arrived.
import http from 'node:http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  /** Bytes of the body written before the answer came (or all of them). */
  sent: number;
}

export interface RawRequest {
  method?: string;
  headers?: Record<string, string>;
  /** The JSON text the body starts with. */
  json?: unknown;
  /** Pads the body with spaces to this many bytes. */
  bytes?: number;
  /** Streams the body in chunks (transfer-encoding: chunked) instead of sending its length. */
  chunked?: boolean;
}

const chunkBytes = 64 * 1024;

/** The body's chunks: the JSON, then spaces until `bytes`. */
function* bodyChunks(json: string, bytes: number): Generator<Buffer> {
  yield Buffer.from(json);
  let left = bytes - Buffer.byteLength(json);
  const spaces = Buffer.alloc(chunkBytes, ' ');
  while (left > 0) {
    yield left >= chunkBytes ? spaces : spaces.subarray(0, left);
    left -= chunkBytes;
  }
}

/**
 * Sends the request and resolves with the answer, which may come before the whole body
 * was written (the writing stops then, as a browser's would).
 */
export function rawRequest(url: string, options: RawRequest = {}): Promise<RawAnswer> {
  const json = options.json === undefined ? '' : JSON.stringify(options.json);
  const bytes = Math.max(options.bytes ?? 0, Buffer.byteLength(json));
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (!options.chunked && bytes > 0) headers['content-length'] = String(bytes);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(url, { method: options.method ?? (bytes > 0 ? 'POST' : 'GET'), headers }, (response) => {
      answered = true;
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(parts).toString('utf8'), sent }));
      response.on('error', reject);
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (bytes === 0) {
      request.end();
      return;
    }
    const chunks = bodyChunks(json, bytes);
    const pump = () => {
      for (;;) {
        if (answered) {
          request.end();
          return;
        }
        const next = chunks.next();
        if (next.done) {
          request.end();
          return;
        }
        sent += next.value.length;
        if (!request.write(next.value)) {
          request.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}
