import { REQUEST_ID_HEADER, type ErrorBody } from '@isekai/contracts';
import { AppError } from './app-error.js';
import { currentRequestId } from './request-context.js';

export interface ServiceClientOptions {
  /** Used in error messages, e.g. "planner". */
  name: string;
  baseUrl: string;
  token: string;
  timeoutMs: number;
}

export interface RequestOptions {
  body?: unknown;
  timeoutMs?: number;
}

export interface StreamOptions {
  signal: AbortSignal;
  method?: string;
  body?: unknown;
}

export interface ServiceClient {
  readonly name: string;
  readonly baseUrl: string;
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  /** A raw streaming response (e.g. SSE) with the token attached; the caller owns the body. */
  stream(path: string, options: StreamOptions): Promise<Response>;
}

function unavailable(name: string, cause: unknown): AppError {
  const timedOut = cause instanceof DOMException && cause.name === 'TimeoutError';
  return new AppError({
    code: `${name}-unavailable`,
    status: 503,
    message: timedOut
      ? `The ${name} service did not answer in time; try again shortly.`
      : `The ${name} service cannot be reached; check that it is running.`,
    cause,
  });
}

async function readError(name: string, response: Response): Promise<AppError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const status = response.status >= 500 ? 502 : response.status;
  return new AppError({
    code: body?.error?.code ?? `${name}-error`,
    status,
    message: body?.error?.message ?? `The ${name} service answered ${response.status}.`,
    details: body?.error?.details,
  });
}

/**
 * JSON over HTTP to another Isekai service: token attached, every call bounded by a timeout, and the id of
 * the request it is made for passed on, so the other service logs the same id.
 */
export function createServiceClient({
  name,
  baseUrl,
  token,
  timeoutMs,
}: ServiceClientOptions): ServiceClient {
  const root = baseUrl.replace(/\/+$/, '');
  const headers = (): Record<string, string> => {
    const requestId = currentRequestId();
    return {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
    };
  };

  /** The answer when it is a success; a service that cannot be reached, or its error, as an AppError. */
  async function call(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, init);
    } catch (error) {
      throw unavailable(name, error);
    }
    if (!response.ok) throw await readError(name, response);
    return response;
  }

  const json = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body));

  return {
    name,
    baseUrl: root,
    async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
      const response = await call(path, {
        method,
        headers: headers(),
        body: json(options.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? timeoutMs),
      });
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    },
    stream(path: string, { signal, method = 'GET', body }: StreamOptions): Promise<Response> {
      return call(path, {
        method,
        headers: { ...headers(), accept: 'text/event-stream' },
        body: json(body),
        signal,
      });
    },
  };
}
