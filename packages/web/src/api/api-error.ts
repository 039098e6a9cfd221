import { API_KEY_PREFIX, type ErrorBody } from '@isekai/contracts';

/** A failed call, carrying the API's own `{error: {code, message}}` so the UI can show its words. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** The body's `error.details`, e.g. the suggestions that come with a prompt the planner did not understand. */
  readonly details: unknown;

  constructor({
    code,
    status,
    message,
    details,
  }: {
    code: string;
    status: number;
    message: string;
    details?: unknown;
  }) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  const error = (value as ErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/** Builds the error for a non-2xx answer; bodies that are not ours (a proxy's HTML page) still read well. */
export function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body))
    return new ApiError({
      code: body.error.code,
      status,
      message: body.error.message,
      details: body.error.details,
    });
  return new ApiError({
    code: `http-${status}`,
    status,
    message: `The server answered ${status} without saying why.`,
  });
}

export interface ErrorAdvice {
  title: string;
  message: string;
  /** Something the person can do next, when there is one. */
  hint?: string;
}

const HINTS: Record<string, string> = {
  'rate-limited': 'Wait a few minutes, then try again.',
  'planner-unavailable': 'The planner service is not answering; check that `npm start` is still running.',
  'sandbox-unavailable': 'The sandbox service is not answering; check that `npm start` is still running.',
  'app-not-found': 'It may have been deleted in another tab; pick another app from the list.',
  'app-not-ready': 'Wait until the first version is built, then try again.',
  'app-crashed':
    'Look at the log to see why, fix the app by prompt or by editing a file, then start it again.',
  'app-expired': 'Press Start to run it again.',
  'app-start-failed': 'Look at the log to see why, then change the app or restore an earlier version.',
  'app-start-timeout': 'Look at the log to see why, then change the app or restore an earlier version.',
  'invalid-request': 'Change what you typed and send it again.',
  'payload-too-large': 'Send smaller files.',
  'invalid-manifest': 'Keep manifest.json valid JSON with name, entry and runtime, then save again.',
  'api-key-required': 'Sign in with the API key an administrator gave you.',
  'api-key-invalid': `A key is ${API_KEY_PREFIX} followed by 32 letters, digits, - or _; paste it whole.`,
};

/** Turns anything thrown while talking to the API into words a person can act on. */
export function describeError(error: unknown): ErrorAdvice {
  if (error instanceof ApiError) {
    const hint =
      HINTS[error.code] ??
      (error.status >= 500 ? 'Try again; if it keeps happening, look at the backend’s output.' : undefined);
    return {
      title: error.status >= 500 ? 'Isekai could not do that' : 'That did not work',
      message: error.message,
      ...(hint ? { hint } : {}),
    };
  }
  if (error instanceof TypeError) {
    return {
      title: 'Isekai is not answering',
      message: 'The browser could not reach the Isekai backend.',
      hint: 'Check that `npm start` is still running, then try again.',
    };
  }
  return { title: 'Something went wrong', message: error instanceof Error ? error.message : String(error) };
}
