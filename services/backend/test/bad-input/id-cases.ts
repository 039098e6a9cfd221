import type { BadRequest } from './bad-request.js';

/** Apps that do not exist or ids that cannot be one, cancelling what is not being planned, routes and methods that do not exist. */
export const ID_CASES: BadRequest[] = [
  {
    what: 'an unknown app id',
    method: 'GET',
    path: () => '/api/apps/zzzzzzzzzzzz',
    status: 404,
    code: 'app-not-found',
  },
  {
    what: 'a malformed app id',
    method: 'GET',
    path: () => '/api/apps/..%2F..%2Fetc',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a change to an unknown app',
    method: 'POST',
    path: () => '/api/apps/zzzzzzzzzzzz/prompts',
    json: { prompt: 'add search' },
    status: 404,
    code: 'app-not-found',
  },
  {
    what: 'cancelling an unknown app',
    method: 'POST',
    path: () => '/api/apps/zzzzzzzzzzzz/cancel',
    status: 404,
    code: 'app-not-found',
  },
  {
    what: 'cancelling with a malformed id',
    method: 'POST',
    path: () => '/api/apps/NOT-AN-ID!/cancel',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'cancelling an app that is not being planned',
    method: 'POST',
    path: (id) => `/api/apps/${id}/cancel`,
    status: 409,
    code: 'nothing-to-cancel',
  },
  {
    what: 'an unknown route',
    method: 'GET',
    path: () => '/api/nothing-here',
    status: 404,
    code: 'route-not-found',
  },
  {
    what: 'an unsupported method',
    method: 'PUT',
    path: (id) => `/api/apps/${id}`,
    json: { prompt: 'x' },
    status: 404,
    code: 'route-not-found',
  },
];
