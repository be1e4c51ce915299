// GoTrue's error responses, so supabase-js raises them as AuthApiError with the same
// status and code as against Supabase Auth. GoTrue answers in two shapes: callers that
// send `X-Supabase-Api-Version: 2024-01-01` (supabase-js always does) get
// {code: "<error code>", message}, everyone else the original {code: <status>,
// error_code, msg}; supabase-js reads either.

export const apiVersionHeader = 'x-supabase-api-version';
const apiVersion20240101 = '2024-01-01';

export class AuthError extends Error {
  readonly status: number;
  readonly errorCode: string;
  readonly weakPasswordReasons: readonly string[] | undefined;

  constructor(status: number, errorCode: string, message: string, weakPasswordReasons?: readonly string[]) {
    super(message);
    this.name = 'AuthError';
    this.status = status;
    this.errorCode = errorCode;
    this.weakPasswordReasons = weakPasswordReasons;
  }
}

export const badRequest = (errorCode: string, message: string) => new AuthError(400, errorCode, message);
export const unauthorized = (errorCode: string, message: string) => new AuthError(401, errorCode, message);
export const forbidden = (errorCode: string, message: string) => new AuthError(403, errorCode, message);
export const notFound = (errorCode: string, message: string) => new AuthError(404, errorCode, message);
export const unprocessable = (errorCode: string, message: string) => new AuthError(422, errorCode, message);

export const invalidCredentials = () => badRequest('invalid_credentials', 'Invalid login credentials');

export function unexpectedFailure(): AuthError {
  return new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information');
}

/**
 * GoTrue picks the newest API version not after the date the caller names; an absent or
 * malformed header means the original version. Returns the version to echo, if any.
 */
export function negotiatedApiVersion(header: string | undefined): string | undefined {
  if (!header || !/^\d{4}-\d{2}-\d{2}$/.test(header)) return undefined;
  const requested = Date.parse(`${header}T00:00:00Z`);
  if (Number.isNaN(requested) || requested < Date.parse(`${apiVersion20240101}T00:00:00Z`)) return undefined;
  return apiVersion20240101;
}

export function errorBody(error: AuthError, apiVersion: string | undefined): Record<string, unknown> {
  const weakPassword = error.weakPasswordReasons ? { weak_password: { reasons: error.weakPasswordReasons } } : {};
  if (apiVersion) return { code: error.errorCode, message: error.message, ...weakPassword };
  return { code: error.status, error_code: error.errorCode, msg: error.message, ...weakPassword };
}

interface PostgresError {
  code?: unknown;
  message?: unknown;
}

/**
 * Postgres refusals that are the caller's fault (bad text such as a NUL byte, or a
 * uniqueness race) become 4xx answers; everything else is a server failure.
 */
export function fromDatabaseError(error: unknown): AuthError | undefined {
  const { code, message } = (error ?? {}) as PostgresError;
  if (typeof code !== 'string') return undefined;
  if (code === '23505') return unprocessable('email_exists', 'A user with this email address has already been registered');
  if (code.startsWith('22')) {
    return badRequest('validation_failed', `Invalid input: ${typeof message === 'string' ? message : code}`);
  }
  return undefined;
}
