// The error every review fetcher throws: the database's message with the PostgREST code
// and the HTTP status, so the review view can tell a version conflict (409) from a refusal.
import type { PostgrestError } from '@supabase/supabase-js';

export class ReviewRequestError extends Error {
  readonly code: string;
  // 0 when the request never got an answer (offline, aborted).
  readonly status: number;

  constructor(error: Pick<PostgrestError, 'message' | 'code'>, status: number) {
    super(error.message);
    this.name = 'ReviewRequestError';
    this.code = error.code;
    this.status = status;
  }
}

// The workflow functions raise PT409 on a stale expected_version; PostgREST answers 409.
export function isReviewConflict(error: unknown): boolean {
  return error instanceof ReviewRequestError && (error.status === 409 || error.code === 'PT409');
}
