// The one error every fetcher in the app throws: the server's message with its error code
// and the HTTP status, so a page can tell a version conflict (409) from a refusal, and a
// request that never got an answer (status 0) from both.
import type { PostgrestError } from '@supabase/supabase-js';

interface RequestErrorFields {
  message: string;
  code: string;
  // 0 when the request never got an answer (offline, aborted).
  status: number;
  details?: string | null;
  hint?: string | null;
}

export class RequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: string | null;
  readonly hint: string | null;

  constructor({ message, code, status, details, hint }: RequestErrorFields) {
    super(message);
    this.name = 'RequestError';
    this.code = code;
    this.status = status;
    this.details = details || null;
    this.hint = hint || null;
  }

  /** From what supabase-js's PostgREST client returns: the error and the response's status. */
  static fromPostgrest(error: Pick<PostgrestError, 'message' | 'code' | 'details' | 'hint'>, status: number): RequestError {
    return new RequestError({ ...error, status });
  }

  /** From a supabase-js Auth error, which carries its own status (none when unanswered). */
  static fromAuth(error: { message: string; code?: string | undefined; status?: number | undefined }): RequestError {
    return new RequestError({ message: error.message, code: error.code ?? '', status: error.status ?? 0 });
  }
}

// The database raises PT409 when the version sent is stale; PostgREST turns it into HTTP 409.
export function isVersionConflict(error: unknown): boolean {
  return error instanceof RequestError && (error.status === 409 || error.code === 'PT409');
}

export function isNetworkFailure(error: unknown): boolean {
  return error instanceof RequestError && error.status === 0;
}
