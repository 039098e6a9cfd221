import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent, AppResponse } from '@isekai/contracts';
import {
  CHANGE_GIBBERISH,
  CHANGE_SUGGESTIONS,
  GIBBERISH,
  GIBBERISH_ON_STREAM,
  NO_OP_CHANGE,
  SUGGESTIONS,
  startFakePlanner,
  type FakePlanner,
} from './support/fake-planner.js';
import { appPorts } from '@isekai/test-kit';
import { fetchPage } from './support/pages.js';
import { startPlatform, type Platform } from './support/platform.js';

/** Reads the SQLite file itself, as another process would. */
function query<T>(databasePath: string, sql: string, params: unknown[] = []): T[] {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The real backend and sandbox with a fake planner over loopback HTTP that refuses what it cannot read. */
describe('prompts the planner refuses', () => {
  let planner: FakePlanner;
  let platform: Platform;

  const events = async (id: string): Promise<AppEvent[]> =>
    (await platform.api(`/api/apps/${id}/events`)).body.events as AppEvent[];
  const listedIds = async (): Promise<string[]> =>
    ((await platform.api('/api/apps?limit=100')).body.apps as AppResponse[]).map((a) => a.id);
  const idOfPrompt = (prompt: string): string | undefined =>
    query<{ id: string }>(platform.databasePath, 'SELECT id FROM apps WHERE prompt = ?', [prompt])[0]?.id;

  beforeAll(async () => {
    planner = await startFakePlanner();
    platform = await startPlatform({ appPorts: appPorts(10), plannerUrl: planner.url });
  });
  afterAll(async () => {
    await platform?.stop();
    await planner?.stop();
  });

  describe('a new app', () => {
    it('with ?wait=true answers 422 with the message and suggestions, and leaves no app', async () => {
      const { status, body } = await platform.api('/api/apps?wait=true', {
        method: 'POST',
        json: { prompt: GIBBERISH },
      });

      expect(status, JSON.stringify(body)).toBe(422);
      expect(body.error.code).toBe('prompt-not-understood');
      expect(body.error.message).toContain('could not tell what app');
      expect(body.error.details.suggestions).toEqual(SUGGESTIONS);
      expect(body.error.details.app).toBeUndefined();
      const id = idOfPrompt(GIBBERISH);
      expect(id).toBeDefined();
      expect(await listedIds()).not.toContain(id);
      expect((await platform.api(`/api/apps/${id}`)).status).toBe(404);
      expect(query(platform.databasePath, 'SELECT * FROM versions WHERE app_id = ?', [id])).toEqual([]);
    });

    it('without wait answers 202, then records why (`rejected`) and removes the app', async () => {
      const { status, body } = await platform.api('/api/apps', {
        method: 'POST',
        json: { prompt: GIBBERISH_ON_STREAM },
      });
      expect(status).toBe(202);
      const id = (body as AppResponse).id;

      const history = await eventually(
        () => events(id),
        (list) => list.some((e) => e.type === 'deleted'),
      );
      const types = history.map((e) => e.type);
      expect(types).toContain('rejected');
      expect(types.indexOf('rejected')).toBeLessThan(types.indexOf('deleted'));
      const rejected = history.find((e) => e.type === 'rejected')!;
      expect(rejected.message).toContain('could not tell what app');
      expect(rejected.data).toMatchObject({ code: 'prompt-not-understood', suggestions: SUGGESTIONS });
      expect((await platform.api(`/api/apps/${id}`)).status).toBe(404);
      expect(await listedIds()).not.toContain(id);
    });
  });

  describe('a change', () => {
    let app: AppResponse;
    /** The app's stored versions and what it runs, straight from the SQLite file. */
    const stored = () => ({
      versions: query(platform.databasePath, 'SELECT * FROM versions WHERE app_id = ? ORDER BY number', [
        app.id,
      ]),
      app: query(platform.databasePath, 'SELECT current_version, status, port FROM apps WHERE id = ?', [
        app.id,
      ]),
    });

    beforeAll(async () => {
      const created = await platform.api('/api/apps?wait=true', {
        method: 'POST',
        json: { prompt: 'Original Page' },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      app = created.body as AppResponse;
      expect(app).toMatchObject({ status: 'running', version: 1 });
    });

    it('not understood, with ?wait=true: 422 with suggestions, no version, the old one still running', async () => {
      const before = stored();
      const { status, body } = await platform.api(`/api/apps/${app.id}/prompts?wait=true`, {
        method: 'POST',
        json: { prompt: CHANGE_GIBBERISH },
      });

      expect(status, JSON.stringify(body)).toBe(422);
      expect(body.error.code).toBe('change-not-understood');
      expect(body.error.message).toContain('did not understand the change');
      expect(body.error.details.suggestions).toEqual(CHANGE_SUGGESTIONS);
      expect(body.error.details.app).toMatchObject({ id: app.id, status: 'running', version: 1 });
      expect(stored()).toEqual(before);
      expect((await fetchPage(app.url!)).text).toContain('Original Page');
    });

    it('not understood, without wait: 202, then `change-rejected` with suggestions and nothing stored', async () => {
      const before = stored();
      const lastBefore = (await events(app.id)).at(-1)!.id;
      const { status } = await platform.api(`/api/apps/${app.id}/prompts`, {
        method: 'POST',
        json: { prompt: CHANGE_GIBBERISH },
      });
      expect(status).toBe(202);

      const history = await eventually(
        () => events(app.id),
        (list) => list.some((e) => e.type === 'change-rejected' && e.id > lastBefore),
      );
      const rejected = history.find((e) => e.type === 'change-rejected' && e.id > lastBefore)!;
      expect(rejected.message).toContain('did not understand the change');
      expect(rejected.data).toMatchObject({ code: 'change-not-understood', suggestions: CHANGE_SUGGESTIONS });
      const settled = await eventually(
        async () => (await platform.api(`/api/apps/${app.id}`)).body as AppResponse,
        (a) => a.status === 'running',
      );
      expect(settled).toMatchObject({ status: 'running', version: 1 });
      expect(stored()).toEqual(before);
    });

    it('that would change no file stores no version, answers with the app as it is and says nothing changed', async () => {
      const before = stored();
      const waited = await platform.api(`/api/apps/${app.id}/prompts?wait=true`, {
        method: 'POST',
        json: { prompt: NO_OP_CHANGE },
      });
      expect(waited.status, JSON.stringify(waited.body)).toBe(200);
      expect(waited.body).toMatchObject({ status: 'running', version: 1 });
      const unchanged = (await events(app.id)).filter((e) => e.type === 'change-unchanged');
      expect(unchanged.at(-1)!.message).toMatch(/^Nothing changed: .+ Version 1 stays; none was stored\.$/);

      expect(
        (
          await platform.api(`/api/apps/${app.id}/prompts`, {
            method: 'POST',
            json: { prompt: NO_OP_CHANGE },
          })
        ).status,
      ).toBe(202);
      await eventually(
        () => events(app.id),
        (list) => list.filter((e) => e.type === 'change-unchanged').length > unchanged.length,
      );
      await eventually(
        async () => (await platform.api(`/api/apps/${app.id}`)).body as AppResponse,
        (a) => a.status === 'running',
      );
      expect(stored()).toEqual(before);
    });

    it('that the planner understands still becomes a new running version', async () => {
      const { status, body } = await platform.api(`/api/apps/${app.id}/prompts?wait=true`, {
        method: 'POST',
        json: { prompt: 'Changed Page' },
      });
      expect(status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ status: 'running', version: 2 });
      expect((await fetchPage(body.url as string)).text).toContain('Changed Page');
      expect(planner.received.filter((r) => r.current).length).toBeGreaterThanOrEqual(5);
    });
  });
});
