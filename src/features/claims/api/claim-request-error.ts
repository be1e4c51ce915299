// The error every claims fetcher throws: the database's message plus the PostgREST error
// code and the HTTP status, so callers can tell a version conflict (409) from a refusal.
import type { PostgrestError } from '@supabase/supabase-js';

export class ClaimRequestError extends Error {
  readonly code: string;
  readonly details: string | null;
  readonly hint: string | null;
  // 0 when the request never got an answer (offline, aborted).
  readonly status: number;

  constructor(error: Pick<PostgrestError, 'message' | 'code' | 'details' | 'hint'>, status: number) {
    super(error.message);
    this.name = 'ClaimRequestError';
    this.code = error.code;
    this.details = error.details || null;
    this.hint = error.hint || null;
    this.status = status;
  }
}

// The database raises PT409 when the version sent is stale; PostgREST turns it into HTTP 409.
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ClaimRequestError && (error.status === 409 || error.code === 'PT409');
}

export function isNetworkFailure(error: unknown): boolean {
  return error instanceof ClaimRequestError && error.status === 0;
}
