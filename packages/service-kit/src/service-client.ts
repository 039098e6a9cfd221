import type { ErrorBody } from '@isekai/contracts';
import { AppError } from './app-error.js';

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
  requestId?: string;
}

export interface ServiceClient {
  readonly name: string;
  readonly baseUrl: string;
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  /** A raw streaming response (e.g. SSE) with the token attached; the caller owns the body. */
  stream(path: string, signal: AbortSignal): Promise<Response>;
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

/** JSON over HTTP to another Isekai service: token attached, every call bounded by a timeout. */
export function createServiceClient({
  name,
  baseUrl,
  token,
  timeoutMs,
}: ServiceClientOptions): ServiceClient {
  const root = baseUrl.replace(/\/+$/, '');
  const headers = (requestId?: string): Record<string, string> => ({
    authorization: `Bearer ${token}`,
    'content-type': 'application/json',
    ...(requestId ? { 'x-request-id': requestId } : {}),
  });

  return {
    name,
    baseUrl: root,
    async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
      let response: Response;
      try {
        response = await fetch(`${root}${path}`, {
          method,
          headers: headers(options.requestId),
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
          signal: AbortSignal.timeout(options.timeoutMs ?? timeoutMs),
        });
      } catch (error) {
        throw unavailable(name, error);
      }
      if (!response.ok) throw await readError(name, response);
      if (response.status === 204) return undefined as T;
      return (await response.json()) as T;
    },
    async stream(path: string, signal: AbortSignal): Promise<Response> {
      let response: Response;
      try {
        response = await fetch(`${root}${path}`, {
          headers: { ...headers(), accept: 'text/event-stream' },
          signal,
        });
      } catch (error) {
        throw unavailable(name, error);
      }
      if (!response.ok) throw await readError(name, response);
      return response;
    },
  };
}
