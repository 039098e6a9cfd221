import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as tar from 'tar';
import { readSpec, type AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { answers, eventually, fetchPage, readSseUntil } from './support/pages.js';
import { startPlatform, type Platform } from './support/platform.js';
import { hasWord } from '../../../scripts/eval/words.mjs';
import { readPromptSet } from '../../../scripts/eval/prompt-sets.mjs';
import { sampleRecord } from './support/records.js';

const CASES = readPromptSet('public').filter((c) =>
  [
    'a recipe manager',
    'Build a todo list',
    'Make a markdown editor',
    'Create a CSV viewer',
    'a book catalog',
    'workout log',
    'contact list',
    'pomodoro timer',
    'unit converter',
    'a quiz about world capitals',
    'kanban board',
    'tip calculator',
  ].some((start) => c.prompt.startsWith(start)),
);

const [FIRST_APP_PORT, LAST_APP_PORT] = appPorts(61);

describe('the Isekai platform', () => {
  let platform: Platform;
  const apps = new Map<string, AppResponse>();
  const appFor = (start: string): AppResponse => {
    const found = [...apps.entries()].find(([prompt]) => prompt.startsWith(start));
    if (!found) throw new Error(`no app for "${start}"`);
    return found[1];
  };

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: [FIRST_APP_PORT, LAST_APP_PORT] });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('covers at least 10 public prompts', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
  });

  describe('POST /api/apps?wait=true', () => {
    it.each(CASES.map((c) => [c.prompt, c] as const))(
      'runs "%s" and shows what was asked for',
      async (_prompt, testCase) => {
        const { status, body } = await platform.api('/api/apps?wait=true', {
          method: 'POST',
          json: { prompt: testCase.prompt },
        });

        expect(status, JSON.stringify(body)).toBe(201);
        const app = body as AppResponse;
        apps.set(testCase.prompt, app);
        expect(app.status).toBe('running');
        expect(app.port).toBeGreaterThanOrEqual(FIRST_APP_PORT);
        expect(app.port).toBeLessThanOrEqual(LAST_APP_PORT);
        expect(app.url).toBe(`http://127.0.0.1:${app.port}/`);
        expect(app.version).toBe(1);
        expect(app.plan?.spec.title).toBeTruthy();
        const page = await fetchPage(app.url!);
        expect(page.status).toBe(200);
        for (const word of testCase.expect)
          expect(hasWord(page.text, word), `"${word}" on ${app.url}`).toBe(true);
      },
    );
  });

  describe('POST /api/apps without wait', () => {
    it('answers 202 at once and the app settles to running on its own', async () => {
      const { status, body } = await platform.api('/api/apps', {
        method: 'POST',
        json: { prompt: 'a stopwatch with lap times', name: 'Laps' },
      });

      expect(status).toBe(202);
      expect(body.status).toBe('planning');
      expect(body.name).toBe('Laps');
      const settled = await eventually(
        async () => (await platform.api(`/api/apps/${body.id}`)).body as AppResponse,
        (a) => a.status === 'running',
      );
      expect(settled.status).toBe('running');
      expect(settled.name).toBe('Laps');
      expect(await answers(settled.url!)).toBe(true);
      apps.set('a stopwatch with lap times', settled);
    });
  });

  describe('a generated data app', () => {
    it('adds, lists, edits and deletes records that survive a restart of the app', async () => {
      const app = appFor('a recipe manager');
      const entity = readSpec(app.plan!.spec)!.collections[0]!;
      const api = `${app.url}api/${entity.name}`;
      const record = sampleRecord(entity, 'pancakes');

      const created = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(record),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const second = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(sampleRecord(entity, 'soup')),
      });
      expect(second.status).toBe(201);
      const secondId = ((await second.json()) as { id: string }).id;
      const titleField = entity.fields.find((f) => f.type === 'text' || f.type === 'longtext')!;
      const edited = await fetch(`${api}/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...record, [titleField.name]: 'Edited pancakes' }),
      });
      expect(edited.status).toBe(200);
      expect((await fetch(`${api}/${secondId}`, { method: 'DELETE' })).status).toBeLessThan(300);

      expect((await platform.api(`/api/apps/${app.id}/stop`, { method: 'POST' })).body.status).toBe(
        'stopped',
      );
      const restarted = await platform.api(`/api/apps/${app.id}/start?wait=true`, { method: 'POST' });
      expect(restarted.body.status).toBe('running');

      const list: unknown = await (await fetch(`${restarted.body.url}api/${entity.name}`)).json();
      const items = (Array.isArray(list) ? list : (list as { items: unknown[] }).items) as Record<
        string,
        unknown
      >[];
      // Sample records the app seeds are marked as such; the person's own are the ones added here.
      const own = items.filter((r) => r.sample !== true);
      expect(own).toHaveLength(1);
      expect(own[0]?.[titleField.name]).toBe('Edited pancakes');
    });
  });

  describe('changes', () => {
    let recipeV1Files: Record<string, string> = {};

    it('changes an app by prompt into a new version and keeps its records', async () => {
      const app = appFor('a recipe manager');
      recipeV1Files = (await platform.api(`/api/apps/${app.id}/files`)).body.files;
      const { status, body } = await platform.api(`/api/apps/${app.id}/prompts?wait=true`, {
        method: 'POST',
        json: { prompt: 'remove the rating' },
      });

      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.version).toBe(2);
      expect(body.status).toBe('running');
      const page = await fetchPage(body.url);
      expect(hasWord(page.text, 'ingredients')).toBe(true);
      expect(hasWord(page.text, 'rating')).toBe(false);
      const entity = readSpec((body as AppResponse).plan!.spec)!.collections[0]!;
      const records = (await (await fetch(`${body.url}api/${entity.name}`)).json()) as
        Record<string, unknown>[] | { items: Record<string, unknown>[] };
      const all = Array.isArray(records) ? records : records.items;
      expect(all.filter((r) => r.sample !== true)).toHaveLength(1);
    });

    it('adds search to the book catalog', async () => {
      const app = appFor('a book catalog');
      const { body } = await platform.api(`/api/apps/${app.id}/prompts?wait=true`, {
        method: 'POST',
        json: { prompt: 'add search' },
      });

      expect(body.version).toBe(2);
      expect(hasWord((await fetchPage(body.url)).text, 'search')).toBe(true);
    });

    it('changes an app by editing a file by hand', async () => {
      const app = appFor('Make a markdown editor');
      const { body: current } = await platform.api(`/api/apps/${app.id}/files`);
      const entry = JSON.parse(current.files['manifest.json']).entry as string;
      const server = `require('node:http').createServer((req, res) => res.end('edited by hand')).listen(Number(process.env.PORT), '127.0.0.1');`;

      const { status, body } = await platform.api(`/api/apps/${app.id}/files?wait=true`, {
        method: 'PATCH',
        json: { files: { [entry]: server, 'notes.txt': 'hello' } },
      });

      expect(status, JSON.stringify(body)).toBe(200);
      expect(body.version).toBe(2);
      expect((await fetchPage(body.url)).text).toContain('edited by hand');
      const { body: files } = await platform.api(`/api/apps/${app.id}/files`);
      expect(files.files['notes.txt']).toBe('hello');
    });

    it('keeps a hand edit through a later change by prompt', async () => {
      const app = appFor('a book catalog');
      const { body: current } = await platform.api(`/api/apps/${app.id}/files`);
      const html = (current.files['public/index.html'] as string).replace(
        '</body>',
        '<footer>Shelved by hand</footer>\n</body>',
      );
      const edited = await platform.api(`/api/apps/${app.id}/files?wait=true`, {
        method: 'PATCH',
        json: { files: { 'public/index.html': html } },
      });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);

      const { status, body } = await platform.api(`/api/apps/${app.id}/prompts?wait=true`, {
        method: 'POST',
        json: { prompt: 'make it dark' },
      });

      expect(status, JSON.stringify(body)).toBe(200);
      expect((await fetchPage(body.url)).text).toContain('Shelved by hand');
      expect((body as AppResponse).plan!.steps).toContain('Kept the hand edits in public/index.html.');
    });

    it('restores version 1 as a new version', async () => {
      const app = appFor('a recipe manager');
      const { body } = await platform.api(`/api/apps/${app.id}/versions/1/restore?wait=true`, {
        method: 'POST',
      });

      expect(body.version).toBe(3);
      expect(hasWord((await fetchPage(body.url)).text, 'rating')).toBe(true);
      const { body: history } = await platform.api(`/api/apps/${app.id}/versions`);
      expect(history.versions.map((v: { number: number; source: string }) => [v.number, v.source])).toEqual([
        [3, 'restore'],
        [2, 'prompt'],
        [1, 'create'],
      ]);
      const { body: restored } = await platform.api(`/api/apps/${app.id}/files`);
      expect(restored).toEqual({ version: 3, files: recipeV1Files });
    });
  });

  describe('listing', () => {
    it('pages through every app newest first', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const { body } = await platform.api(`/api/apps?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
        expect(body.apps.length).toBeLessThanOrEqual(5);
        seen.push(...body.apps.map((a: AppResponse) => a.id));
        cursor = body.nextCursor;
      } while (cursor);

      expect(seen).toHaveLength(apps.size);
      expect(new Set(seen).size).toBe(apps.size);
      const newestFirst = [...apps.values()].map((a) => a.id).reverse();
      expect(seen).toEqual(newestFirst);
    });

    it('filters by status', async () => {
      const { body } = await platform.api('/api/apps?status=running&limit=100');
      expect(body.apps.length).toBe(apps.size);
      expect((await platform.api('/api/apps?status=stopped')).body.apps).toEqual([]);
    });
  });

  describe('history, logs and downloads', () => {
    it('lists the events of an app in order', async () => {
      const app = appFor('a recipe manager');
      const { body } = await platform.api(`/api/apps/${app.id}/events`);
      const types = body.events.map((e: { type: string }) => e.type);
      expect(types.slice(0, 3)).toEqual(['created', 'planning', 'planned']);
      expect(types).toContain('running');
      expect(body.events.map((e: { id: number }) => e.id)).toEqual(
        [...body.events.map((e: { id: number }) => e.id)].sort((a, b) => a - b),
      );
    });

    it('streams events as SSE, live ones included', async () => {
      const app = appFor('pomodoro timer');
      const { contentType, text } = await readSseUntil(
        `${platform.backend.url}/api/apps/${app.id}/events`,
        'event: stopped',
        () => platform.api(`/api/apps/${app.id}/stop`, { method: 'POST' }),
      );

      expect(contentType).toContain('text/event-stream');
      expect(text).toContain('event: created');
      expect(text).toContain('event: stopped');
      await platform.api(`/api/apps/${app.id}/start?wait=true`, { method: 'POST' });
    });

    it('returns the app log', async () => {
      const app = appFor('unit converter');
      await fetch(app.url!);
      const { status, body } = await platform.api(`/api/apps/${app.id}/logs?tail=50`);
      expect(status).toBe(200);
      expect(Array.isArray(body.lines)).toBe(true);
      expect(body.lines.some((l: { line: string }) => /port|listening|started/i.test(l.line))).toBe(true);
    });

    it('follows the app log live through the backend', async () => {
      const app = appFor('Make a markdown editor');
      const { contentType, text } = await readSseUntil(
        `${platform.backend.url}/api/apps/${app.id}/logs?follow=true`,
        'event: log',
      );

      expect(contentType).toContain('text/event-stream');
      expect(text).toContain('event: log');
    });

    it('downloads the current files as zip and tar.gz', async () => {
      const app = appFor('Create a CSV viewer');
      const { body: current } = await platform.api(`/api/apps/${app.id}/files`);
      const zip = await fetch(`${platform.backend.url}/api/apps/${app.id}/archive`);
      expect(zip.headers.get('content-type')).toBe('application/zip');
      expect(zip.headers.get('content-disposition')).toMatch(/attachment; filename=".+-v1\.zip"/);
      const zipBytes = Buffer.from(await zip.arrayBuffer());
      expect(zipBytes.subarray(0, 2).toString()).toBe('PK');

      const tgz = await fetch(`${platform.backend.url}/api/apps/${app.id}/archive?format=tar.gz`);
      const tgzBytes = Buffer.from(await tgz.arrayBuffer());
      const names: string[] = [];
      await new Promise<void>((resolve, reject) => {
        const parser = tar.t({
          onReadEntry: (entry) => void names.push(entry.path.split('/').slice(1).join('/')),
        });
        parser.on('end', resolve).on('error', reject);
        parser.end(tgzBytes);
      });
      expect(names.sort()).toEqual(Object.keys(current.files).sort());
    });
  });

  describe('run state', () => {
    it('stops, starts and deletes an app', async () => {
      const app = appFor('kanban board');
      const stopped = await platform.api(`/api/apps/${app.id}/stop`, { method: 'POST' });
      expect(stopped.body.status).toBe('stopped');
      expect(stopped.body.url).toBeNull();
      expect(await answers(app.url!)).toBe(false);

      const started = await platform.api(`/api/apps/${app.id}/start?wait=true`, { method: 'POST' });
      expect(started.body.status).toBe('running');
      expect(await answers(started.body.url)).toBe(true);

      expect((await platform.api(`/api/apps/${app.id}`, { method: 'DELETE' })).status).toBe(204);
      expect((await platform.api(`/api/apps/${app.id}`)).status).toBe(404);
      expect(
        await eventually(
          () => answers(started.body.url),
          (up) => !up,
        ),
      ).toBe(false);
      expect(existsSync(join(platform.appsDir, app.id))).toBe(false);
      expect((await platform.api(`/api/apps/${app.id}/events`)).body.events.at(-1).type).toBe('deleted');
      apps.delete([...apps.entries()].find(([, a]) => a.id === app.id)![0]);
    });

    it('reports usage of a running app', async () => {
      const app = appFor('a quiz about world capitals');
      const body = await eventually(
        async () => (await platform.api(`/api/apps/${app.id}`)).body as AppResponse,
        (a) => a.usage !== null && a.usage.memoryMb > 0,
      );
      expect(body.usage!.memoryMb).toBeGreaterThan(0);
      expect(body.usage!.timeLeftMs).toBeGreaterThan(0);
      expect(body.limits).toEqual({ memoryMb: 512, cpuPercent: 50, timeoutMs: 300000 });
    });
  });

  describe('GET /health', () => {
    it('is 200 with every dependency ok', async () => {
      const { status, body } = await platform.api('/health');
      expect(status).toBe(200);
      expect(body.status).toBe('ok');
      expect(Object.keys(body.services).sort()).toEqual(['backend', 'database', 'planner', 'sandbox']);
      expect(body.services.database.details.journalMode).toBe('wal');
      expect((await platform.api('/health/live')).status).toBe(200);
      expect((await platform.api('/health/ready')).status).toBe(200);
    });
  });
});
