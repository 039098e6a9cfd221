import { vi } from 'vitest';

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
}

type Route = (request: SeenRequest) => Response | Promise<Response>;

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function aRefusal(
  code: 'api-key-required' | 'api-key-invalid',
  message = `Refused: ${code}.`,
): Response {
  return jsonResponse(401, { error: { code, message } });
}

/**
 * Stubs the global fetch with routes named "METHOD /path" (query left out); every request is kept in
 * `requests` so a test can read the headers it carried. Unknown routes answer 404, as the API would.
 */
export function stubApi(routes: Record<string, Route>): { requests: SeenRequest[] } {
  const requests: SeenRequest[] = [];
  vi.stubGlobal('fetch', (input: string | URL, init: RequestInit = {}) => {
    const request = {
      method: init.method ?? 'GET',
      path: new URL(String(input), 'http://localhost').pathname,
      headers: new Headers(init.headers),
    };
    requests.push(request);
    const route = routes[`${request.method} ${request.path}`];
    return Promise.resolve(
      route ? route(request) : jsonResponse(404, { error: { code: 'not-found', message: 'No such route.' } }),
    );
  });
  return { requests };
}
