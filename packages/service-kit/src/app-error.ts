export interface AppErrorOptions {
  /** kebab-case, stable: programs branch on it. */
  code: string;
  /** HTTP status the error maps to. */
  status: number;
  /** Written for the person who reads it: what went wrong and what they can do. */
  message: string;
  details?: unknown;
  /** Response headers that go with the error, e.g. `retry-after` for a quota that resets. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/** The one error type services throw on purpose; the error middleware turns it into `{error:{code,message}}`. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  readonly headers: Record<string, string>;

  constructor({ code, status, message, details, headers = {}, cause }: AppErrorOptions) {
    super(message, { cause });
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.headers = headers;
  }
}

export function notFound(what: string, id: string): AppError {
  return new AppError({ code: `${what}-not-found`, status: 404, message: `No ${what} with id "${id}".` });
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
