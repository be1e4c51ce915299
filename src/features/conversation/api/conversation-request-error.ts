// The error every conversation fetcher throws: the database's message plus the HTTP status,
// so the thread can tell a refusal from a request that never got an answer (status 0).
import type { PostgrestError } from '@supabase/supabase-js';

export class ConversationRequestError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(error: Pick<PostgrestError, 'message' | 'code'>, status: number) {
    super(error.message);
    this.name = 'ConversationRequestError';
    this.code = error.code;
    this.status = status;
  }
}
