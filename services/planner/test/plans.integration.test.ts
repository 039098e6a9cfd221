import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppSpecV1, ErrorBody, PlanResponse } from '@isekai/contracts';
import { createLogger } from '@isekai/service-kit';
import type { PlannerConfig } from '../src/config.js';
import { slugOf } from '../src/domain/blueprints/shared/html.js';
import { startPlanner, type RunningPlanner } from '../src/server.js';
import {
  removeDir,
  sampleValue,
  startGeneratedApp,
  stopGeneratedApp,
  visibleText,
  writeApp,
  type RunningApp,
} from './helpers.js';
import { readPromptSet } from '../../../scripts/eval/prompt-sets.mjs';
import { hasWord } from '../../../scripts/eval/words.mjs';

const TOKEN = 'integration-test-token';

function aConfig(overrides: Partial<PlannerConfig> = {}): PlannerConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    serviceToken: TOKEN,
    serviceTokenGenerated: false,
    engine: 'offline',
    logLevel: 'silent',
    rateLimitWindowMs: 60_000,
    rateLimitFailures: 1000,
    ...overrides,
  };
}

const publicPrompts = readPromptSet('public');

let planner: RunningPlanner;
const running: RunningApp[] = [];
const dirs: string[] = [];

async function postPlan(body: unknown, token: string | null = TOKEN): Promise<Response> {
  return fetch(`${planner.url}/v1/plans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function plan(body: unknown): Promise<PlanResponse> {
  const response = await postPlan(body);
  expect(response.status).toBe(200);
  return (await response.json()) as PlanResponse;
}

async function launch(dir: string): Promise<RunningApp> {
  const app = await startGeneratedApp(dir);
  running.push(app);
  return app;
}

async function expectWords(url: string, words: string[], absent: string[] = []): Promise<void> {
  const response = await fetch(`${url}/`);
  expect(response.status).toBe(200);
  const html = await response.text();
  const text = visibleText(html);
  for (const word of words) {
    expect(hasWord(text, word), `"${word}" visible on the page`).toBe(true);
  }
  for (const word of absent) {
    expect(hasWord(html, word), `"${word}" gone from the page`).toBe(false);
  }
}

function collectionUrl(app: RunningApp, result: PlanResponse): string {
  return `${app.url}/api/${slugOf((result.plan.spec as unknown as AppSpecV1).entities[0]?.plural ?? '')}`;
}

async function addRecord(app: RunningApp, result: PlanResponse): Promise<string> {
  const fields = (result.plan.spec as unknown as AppSpecV1).entities[0]?.fields ?? [];
  const record = Object.fromEntries(fields.map((f) => [f.name, sampleValue(f)]));
  const response = await fetch(collectionUrl(app, result), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(record),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function listIds(app: RunningApp, result: PlanResponse): Promise<string[]> {
  return ((await (await fetch(collectionUrl(app, result))).json()) as { id: string }[]).map((r) => r.id);
}

/** Create, read, restart, read again, update, delete: the round trip a person relies on. */
async function exerciseDataApi(dir: string, app: RunningApp, result: PlanResponse): Promise<RunningApp> {
  const entity = (result.plan.spec as unknown as AppSpecV1).entities[0];
  if (!entity) throw new Error('a data app has an entity');
  const base = `${app.url}/api/${slugOf(entity.plural)}`;
  const record = Object.fromEntries(entity.fields.map((f) => [f.name, sampleValue(f)]));
  const created = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(record),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const bad = await fetch(base, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"',
  });
  expect(bad.status).toBe(400);

  await stopGeneratedApp(app);
  const again = await launch(dir);
  const againBase = `${again.url}/api/${slugOf(entity.plural)}`;
  const listed = (await (await fetch(againBase)).json()) as { id: string }[];
  expect(listed.map((r) => r.id)).toContain(id);

  const first = entity.fields[0];
  if (!first) throw new Error('an entity has fields');
  const edit = first.type === 'text' || first.type === 'longtext' ? 'Edited' : sampleValue(first);
  const put = await fetch(`${againBase}/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ [first.name]: edit }),
  });
  expect(put.status).toBe(200);
  expect(((await (await fetch(`${againBase}/${id}`)).json()) as Record<string, unknown>)[first.name]).toEqual(
    edit,
  );
  expect((await fetch(`${againBase}/${id}`, { method: 'DELETE' })).status).toBe(204);
  expect((await fetch(`${againBase}/${id}`)).status).toBe(404);
  return again;
}

beforeAll(async () => {
  planner = await startPlanner(aConfig(), createLogger('planner-test', 'silent'));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => stopGeneratedApp(app)));
});

afterAll(async () => {
  await planner.stop();
  await Promise.all(dirs.map(removeDir));
});

describe('planner service', () => {
  it('answers /health without a token', async () => {
    const body = (await (await fetch(`${planner.url}/health`)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', service: 'planner', engine: 'offline' });
    expect(typeof body.version).toBe('string');
  });

  it('rejects POST /v1/plans without the token', async () => {
    const response = await postPlan({ prompt: 'a todo list' }, null);
    expect(response.status).toBe(401);
    expect(((await response.json()) as ErrorBody).error.code).toBe('unauthorized');
    expect((await postPlan({ prompt: 'a todo list' }, 'wrong-token')).status).toBe(401);
  });

  it.each([
    ['no prompt', {}],
    ['a number as prompt', { prompt: 42 }],
    ['an empty prompt', { prompt: '   ' }],
    ['a prompt that is too long', { prompt: 'x'.repeat(4001) }],
    [
      'current files with an unsafe path',
      { prompt: 'add search', current: { plan: {}, files: { '../evil.js': 'x' } } },
    ],
    ['malformed JSON', '{"prompt": '],
    [
      'a current plan that is not a plan',
      { prompt: 'add search', current: { plan: { spec: { kind: 1 } }, files: { 'server.js': 'x' } } },
    ],
  ])('answers 400 with {error:{code,message}} for %s', async (_name, body) => {
    const response = await postPlan(body);
    expect(response.status).toBe(400);
    const error = ((await response.json()) as ErrorBody).error;
    expect(error.code).toMatch(/^[a-z-]+$/);
    expect(error.message.length).toBeGreaterThan(5);
  });

  it.each([
    ['an unsafe path', { '../evil.js': null }],
    ['a list', ['public/index.html']],
    ['a number for a file', { 'public/index.html': 1 }],
  ])('answers 400 naming current.base when the merge base has %s', async (_name, base) => {
    const first = await plan({ prompt: 'a todo list' });
    const response = await postPlan({
      prompt: 'add search',
      current: { plan: first.plan, files: first.files, base },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ErrorBody).error.message).toContain('current.base');
  });

  it('answers 422 with suggestions when a change is not understood, so no version is made', async () => {
    const first = await plan({ prompt: 'a recipe manager with ingredients and cooking time' });
    const response = await postPlan({
      prompt: 'frobnicate the wibble',
      current: { plan: first.plan, files: first.files },
    });
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; message: string; details: { suggestions: string[] } };
    };
    expect(body.error.code).toBe('change-not-understood');
    expect(body.error.message).toMatch(/did not understand/i);
    expect(body.error.details.suggestions.length).toBeGreaterThan(0);
  });

  it('streams a refusal with its suggestions, as the backend asks for plans', async () => {
    const response = await fetch(`${planner.url}/v1/plans`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${TOKEN}`,
      },
      body: JSON.stringify({ prompt: 'blorp zindle fnak' }),
    });
    const text = await response.text();
    const data = /event: error\ndata: (.+)\n/.exec(text)?.[1];
    expect(data, text).toBeTruthy();
    const event = JSON.parse(data!) as {
      status: number;
      error: { code: string; details: { suggestions: string[] } };
    };
    expect(event.status).toBe(422);
    expect(event.error.code).toBe('prompt-not-understood');
    expect(event.error.details.suggestions.length).toBeGreaterThan(0);
  });

  it('answers 422 with suggestions for a prompt that names nothing to build', async () => {
    const response = await postPlan({ prompt: 'asdfgh qwerty' });
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; details: { suggestions: string[] } } };
    expect(body.error).toMatchObject({ code: 'prompt-not-understood' });
    expect(body.error.details.suggestions.length).toBeGreaterThan(0);
  });
});

describe('public prompts, end to end', () => {
  it('reads all 30 public prompts', () => {
    expect(publicPrompts.length).toBe(30);
  });

  it.each(publicPrompts.map((p) => [p.prompt, p] as const))(
    'serves "%s" and its follow-ups',
    async (_prompt, entry) => {
      {
        const dir = await mkdtemp(join(tmpdir(), 'planner-app-'));
        dirs.push(dir);
        let result = await plan({ prompt: entry.prompt });
        expect(result.engine).toBe('offline');
        await writeApp(dir, result.files);
        let app = await launch(dir);
        await expectWords(app.url, entry.expect, entry.absent);
        if (result.plan.spec.blueprint === 'data-app') app = await exerciseDataApi(dir, app, result);

        for (const change of entry.then ?? []) {
          const keeper = result.plan.spec.blueprint === 'data-app' ? await addRecord(app, result) : null;
          result = await plan({ prompt: change.prompt, current: { plan: result.plan, files: result.files } });
          expect(result.plan.steps.length, `"${change.prompt}" was understood`).toBeGreaterThan(0);
          expect(result.notes.join(' '), `"${change.prompt}" fully understood`).not.toMatch(
            /did not understand/i,
          );
          await stopGeneratedApp(app);
          await writeApp(dir, result.files);
          app = await launch(dir);
          await expectWords(app.url, change.expect, change.absent);
          if (keeper) expect(await listIds(app, result), 'records survive a change').toContain(keeper);
          if (result.plan.spec.blueprint === 'data-app') app = await exerciseDataApi(dir, app, result);
        }
        await stopGeneratedApp(app);
      }
    },
  );
});
