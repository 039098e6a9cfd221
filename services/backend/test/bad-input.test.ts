import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from './support/platform.js';

interface BadRequest {
  what: string;
  method: string;
  path: (id: string) => string;
  json?: unknown;
  body?: string;
  contentType?: string;
  status: number;
  code: string;
  /** What the message must say, where the wording is the point of the case. */
  message?: RegExp;
}

const FIVE_MB_PROMPT = 'a'.repeat(5 * 1024 * 1024);

const CASES: BadRequest[] = [
  {
    what: 'a missing prompt',
    method: 'POST',
    path: () => '/api/apps',
    json: {},
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'an empty prompt',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: '' },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a blank prompt',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: '   \n ' },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a number as prompt',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: 42 },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'an array as prompt',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: ['a', 'todo'] },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'an object as prompt',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: { text: 'todo' } },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a 5 MB prompt',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: FIVE_MB_PROMPT },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a body over the size limit',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: 'a'.repeat(11 * 1024 * 1024) },
    status: 413,
    code: 'payload-too-large',
  },
  {
    what: 'a non-string name',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: 'a todo list', name: 7 },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a name too long',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: 'a todo list', name: 'n'.repeat(81) },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'malformed JSON',
    method: 'POST',
    path: () => '/api/apps',
    body: '{"prompt": "a todo',
    contentType: 'application/json',
    status: 400,
    code: 'malformed-json',
  },
  {
    what: 'a JSON array body',
    method: 'POST',
    path: () => '/api/apps',
    body: '["a todo list"]',
    contentType: 'application/json',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a text body',
    method: 'POST',
    path: () => '/api/apps',
    body: 'a todo list',
    contentType: 'text/plain',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a bad wait flag',
    method: 'POST',
    path: () => '/api/apps?wait=maybe',
    json: { prompt: 'a todo list' },
    status: 400,
    code: 'invalid-request',
  },
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
    what: 'a change without a prompt',
    method: 'POST',
    path: (id) => `/api/apps/${id}/prompts`,
    json: { text: 'add search' },
    status: 400,
    code: 'invalid-request',
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
    what: 'a limit of 0',
    method: 'GET',
    path: () => '/api/apps?limit=0',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a limit of 1000',
    method: 'GET',
    path: () => '/api/apps?limit=1000',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a limit that is not a number',
    method: 'GET',
    path: () => '/api/apps?limit=ten',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a cursor with bad characters',
    method: 'GET',
    path: () => '/api/apps?cursor=%27%3B%20DROP',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a cursor not from nextCursor',
    method: 'GET',
    path: () => '/api/apps?cursor=zzzz',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'an unknown status filter',
    method: 'GET',
    path: () => '/api/apps?status=happy',
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a file path with ..',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { '../escape.js': 'x' } },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a nested path with ..',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { 'public/../../escape.js': 'x' } },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'an absolute file path',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { '/etc/passwd': 'x' } },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a backslash path',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { '..\\escape.js': 'x' } },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a hidden file',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { '.env': 'SECRET=1' } },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a write into data/',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { 'data/db.json': '{}' } },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'file content that is a number',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { 'a.txt': 5 } },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'files that are not an object',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: 'server.js' },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'no files',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: {} },
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'deleting a file that does not exist',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { 'nope.js': null } },
    status: 400,
    code: 'file-not-found',
  },
  {
    what: 'deleting the manifest',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { 'manifest.json': null } },
    status: 400,
    code: 'invalid-manifest',
  },
  {
    what: 'a manifest that is not JSON',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { 'manifest.json': '{entry' } },
    status: 400,
    code: 'invalid-manifest',
  },
  {
    what: 'a manifest naming a missing entry',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: { 'manifest.json': '{"entry":"gone.js"}' } },
    status: 400,
    code: 'invalid-manifest',
  },
  {
    what: 'restoring a version that does not exist',
    method: 'POST',
    path: (id) => `/api/apps/${id}/versions/99/restore`,
    status: 404,
    code: 'version-not-found',
  },
  {
    what: 'restoring version 0',
    method: 'POST',
    path: (id) => `/api/apps/${id}/versions/0/restore`,
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a bad archive format',
    method: 'GET',
    path: (id) => `/api/apps/${id}/archive?format=rar`,
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a bad log tail',
    method: 'GET',
    path: (id) => `/api/apps/${id}/logs?tail=-1`,
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a bad event cursor',
    method: 'GET',
    path: (id) => `/api/apps/${id}/events?after=abc`,
    status: 400,
    code: 'invalid-request',
  },
  {
    what: 'a prompt of a control character',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: '\u0000' },
    status: 400,
    code: 'invalid-request',
    message: /the prompt has no visible text/,
  },
  {
    what: 'a prompt of zero-width characters and spaces',
    method: 'POST',
    path: () => '/api/apps?wait=true',
    json: { prompt: '\u200b \u200d\ufeff\t\u00a0' },
    status: 400,
    code: 'invalid-request',
    message: /the prompt has no visible text/,
  },
  {
    what: 'a change prompt of control characters',
    method: 'POST',
    path: (id) => `/api/apps/${id}/prompts`,
    json: { prompt: '\u0000\u0007\u001b' },
    status: 400,
    code: 'invalid-request',
    message: /the prompt has no visible text/,
  },
  {
    what: 'a list as a change prompt',
    method: 'POST',
    path: (id) => `/api/apps/${id}/prompts?wait=true`,
    json: { prompt: ['add search', 'add sort'] },
    status: 400,
    code: 'invalid-request',
    message: /prompt must be one string, not a list/,
  },
  {
    what: 'an object as a change prompt',
    method: 'POST',
    path: (id) => `/api/apps/${id}/prompts`,
    json: { prompt: { text: 'add search' } },
    status: 400,
    code: 'invalid-request',
    message: /prompt must be a string, not an object/,
  },
  {
    what: 'a list as name',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: 'a todo list', name: ['a', 'b'] },
    status: 400,
    code: 'invalid-request',
    message: /name must be one string, not a list/,
  },
  {
    what: 'a name of zero-width characters',
    method: 'POST',
    path: () => '/api/apps',
    json: { prompt: 'a todo list', name: '\u200b\u200c' },
    status: 400,
    code: 'invalid-request',
    message: /the name has no visible text/,
  },
  {
    what: 'files that are a list',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files`,
    json: { files: ['server.js'] },
    status: 400,
    code: 'invalid-request',
    message: /files must be an object/,
  },
  {
    what: 'a limit given twice',
    method: 'GET',
    path: () => '/api/apps?limit=1&limit=2',
    status: 400,
    code: 'invalid-request',
    message: /limit was given twice; give it once/,
  },
  {
    what: 'a status filter given three times',
    method: 'GET',
    path: () => '/api/apps?status=running&status=failed&status=stopped',
    status: 400,
    code: 'invalid-request',
    message: /status was given 3 times/,
  },
  {
    what: 'a cursor given twice',
    method: 'GET',
    path: () => '/api/apps?cursor=MQ&cursor=Mg',
    status: 400,
    code: 'invalid-request',
    message: /cursor was given twice/,
  },
  {
    what: 'a wait flag given twice on a create',
    method: 'POST',
    path: () => '/api/apps?wait=true&wait=false',
    json: { prompt: 'a todo list' },
    status: 400,
    code: 'invalid-request',
    message: /wait was given twice/,
  },
  {
    what: 'a wait flag given twice on a change',
    method: 'POST',
    path: (id) => `/api/apps/${id}/prompts?wait=1&wait=1`,
    json: { prompt: 'add search' },
    status: 400,
    code: 'invalid-request',
    message: /wait was given twice/,
  },
  {
    what: 'a wait flag given twice on a restore',
    method: 'POST',
    path: (id) => `/api/apps/${id}/versions/1/restore?wait=true&wait=true`,
    status: 400,
    code: 'invalid-request',
    message: /wait was given twice/,
  },
  {
    what: 'a wait flag given twice on a start',
    method: 'POST',
    path: (id) => `/api/apps/${id}/start?wait=true&wait=true`,
    status: 400,
    code: 'invalid-request',
    message: /wait was given twice/,
  },
  {
    what: 'a wait flag given twice on a file edit',
    method: 'PATCH',
    path: (id) => `/api/apps/${id}/files?wait=true&wait=true`,
    json: { files: { 'notes.txt': 'x' } },
    status: 400,
    code: 'invalid-request',
    message: /wait was given twice/,
  },
  {
    what: 'an archive format given twice',
    method: 'GET',
    path: (id) => `/api/apps/${id}/archive?format=zip&format=zip`,
    status: 400,
    code: 'invalid-request',
    message: /format was given twice/,
  },
  {
    what: 'a log tail given twice',
    method: 'GET',
    path: (id) => `/api/apps/${id}/logs?tail=5&tail=6`,
    status: 400,
    code: 'invalid-request',
    message: /tail was given twice/,
  },
  {
    what: 'a log follow flag given twice',
    method: 'GET',
    path: (id) => `/api/apps/${id}/logs?follow=false&follow=false`,
    status: 400,
    code: 'invalid-request',
    message: /follow was given twice/,
  },
  {
    what: 'an event cursor given twice',
    method: 'GET',
    path: (id) => `/api/apps/${id}/events?after=1&after=2`,
    status: 400,
    code: 'invalid-request',
    message: /after was given twice/,
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

/** Everything stored, read straight from the SQLite file. */
function snapshot(databasePath: string): unknown {
  const db = new Database(databasePath, { readonly: true });
  try {
    return {
      apps: db.prepare('SELECT * FROM apps ORDER BY seq').all(),
      versions: db.prepare('SELECT * FROM versions ORDER BY app_id, number').all(),
      events: db.prepare('SELECT * FROM events ORDER BY id').all(),
    };
  } finally {
    db.close();
  }
}

describe('bad input', () => {
  let platform: Platform;
  let app: AppResponse;
  let before: unknown;

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: appPorts(21) });
    app = (
      await platform.api('/api/apps?wait=true', {
        method: 'POST',
        json: { prompt: 'a notes app with title and body' },
      })
    ).body as AppResponse;
    expect(app.status).toBe('running');
    // Let the reconciler settle so only the bad requests could change anything from here on.
    await new Promise((resolve) => setTimeout(resolve, 500));
    before = snapshot(platform.databasePath);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it.each(CASES.map((c) => [c.what, c] as const))(
    'answers %s with a 4xx, an actionable message and a request id',
    async (_what, c) => {
      const headers: Record<string, string> = c.contentType ? { 'content-type': c.contentType } : {};
      const {
        status,
        body,
        headers: responseHeaders,
      } = await platform.api(c.path(app.id), { method: c.method, json: c.json, body: c.body, headers });

      expect(status, JSON.stringify(body).slice(0, 300)).toBe(c.status);
      expect(body.error.code).toBe(c.code);
      expect(typeof body.error.message).toBe('string');
      expect(body.error.message.length).toBeGreaterThan(10);
      if (c.message) expect(body.error.message).toMatch(c.message);
      expect(JSON.stringify(body)).not.toMatch(/at .+\.(js|ts):\d+|\/work\/|node_modules/);
      expect(responseHeaders.get('x-request-id')).toBeTruthy();
    },
  );

  it('stored nothing and changed nothing', async () => {
    expect(snapshot(platform.databasePath)).toEqual(before);
    const { body } = await platform.api(`/api/apps/${app.id}`);
    expect(body.status).toBe('running');
    expect(body.version).toBe(1);
  });

  it('kept every service up', async () => {
    expect((await platform.api('/health')).status).toBe(200);
  });
});
