// The routes of each service a fuzzed request may aim at, and the methods it may use.

export type FuzzTarget = 'backend' | 'planner' | 'sandbox';

/** One malformed request, as raw as HTTP allows: the path is sent byte for byte, the body as given. */
export interface FuzzRequest {
  target: FuzzTarget;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** What the generator may use: the ids that exist and the credentials there are. */
export interface FuzzWorld {
  /** An app that exists (its routes are only sent bodies that cannot be valid). */
  appId: string;
  /** A well-formed id no app has. */
  unknownAppId: string;
  keys: { admin: string; user: string };
  serviceToken: string;
}

/** A route and whether a request to it with a real id and no body would change something. */
export interface Route {
  method: string;
  /** `:id` an app id, `:n` a version, `:key` a key id. */
  path: string;
  /** True when a well-formed request changes state whatever its body: only bad or unknown ids go there. */
  acts?: boolean;
  /** True when the body decides (create, change, edit): the body is always spoiled. */
  body?: boolean;
}

const BACKEND: Route[] = [
  { method: 'GET', path: '/' },
  { method: 'GET', path: '/api' },
  { method: 'GET', path: '/api/session' },
  { method: 'GET', path: '/api/apps' },
  { method: 'POST', path: '/api/apps', body: true },
  { method: 'GET', path: '/api/apps/:id' },
  { method: 'DELETE', path: '/api/apps/:id', acts: true },
  { method: 'POST', path: '/api/apps/:id/prompts', body: true },
  { method: 'POST', path: '/api/apps/:id/start', acts: true },
  { method: 'POST', path: '/api/apps/:id/stop', acts: true },
  { method: 'POST', path: '/api/apps/:id/cancel', acts: true },
  { method: 'GET', path: '/api/apps/:id/files' },
  { method: 'PATCH', path: '/api/apps/:id/files', body: true },
  { method: 'GET', path: '/api/apps/:id/versions' },
  { method: 'GET', path: '/api/apps/:id/versions/:n/files' },
  { method: 'POST', path: '/api/apps/:id/versions/:n/restore', acts: true },
  { method: 'GET', path: '/api/apps/:id/events' },
  { method: 'GET', path: '/api/apps/:id/logs' },
  { method: 'GET', path: '/api/apps/:id/archive' },
  { method: 'GET', path: '/api/keys' },
  { method: 'POST', path: '/api/keys', body: true },
  { method: 'DELETE', path: '/api/keys/:key', acts: true },
  { method: 'GET', path: '/api/admin/events' },
  { method: 'GET', path: '/metrics' },
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/health/live' },
  { method: 'GET', path: '/health/ready' },
  { method: 'GET', path: '/assets/index.js' },
];
const PLANNER: Route[] = [
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/metrics' },
  { method: 'POST', path: '/v1/plans', body: true },
];
const SANDBOX: Route[] = [
  { method: 'GET', path: '/health' },
  { method: 'GET', path: '/metrics' },
  { method: 'GET', path: '/v1/apps' },
  { method: 'GET', path: '/v1/apps/:id' },
  { method: 'PUT', path: '/v1/apps/:id', body: true },
  { method: 'POST', path: '/v1/apps/:id/start', acts: true },
  { method: 'POST', path: '/v1/apps/:id/stop', acts: true },
  { method: 'DELETE', path: '/v1/apps/:id', acts: true },
  { method: 'GET', path: '/v1/apps/:id/logs' },
];
export const ROUTES: Record<FuzzTarget, Route[]> = { backend: BACKEND, planner: PLANNER, sandbox: SANDBOX };

export const METHODS = [
  'GET',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'HEAD',
  'OPTIONS',
  'PROPFIND',
  'MKCOL',
  'BREW',
  'SEARCH',
];
