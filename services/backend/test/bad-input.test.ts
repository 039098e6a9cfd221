import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from './support/platform.js';
import { BODY_CASES } from './bad-input/body-cases.js';
import { FILE_CASES } from './bad-input/file-cases.js';
import { ID_CASES } from './bad-input/id-cases.js';
import { QUERY_CASES } from './bad-input/query-cases.js';

const CASES = [...BODY_CASES, ...ID_CASES, ...QUERY_CASES, ...FILE_CASES];

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
