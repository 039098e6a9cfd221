import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorBody, PlanResponse } from '@isekai/contracts';
import { freePort } from '@isekai/test-kit';
import type { ModelConfig, PlannerConfig } from '../src/config.js';
import { startPlanner, type RunningPlanner } from '../src/server.js';
import { removeDir, startGeneratedApp, stopGeneratedApp, writeApp, type RunningApp } from './helpers.js';
import { startFakeModelServer, type FakeModelServer } from './support/fake-model-server.js';
import {
  CRASHING_APP,
  FENCED_APP_WITHOUT_MANIFEST,
  GOOD_APP,
  MALFORMED_ANSWER,
  NPM_MODULE_APP,
  REPAIRED_APP,
  SYNTAX_ERROR_APP,
} from './support/model-answers.js';

const TOKEN = 'model-test-token';
let fake: FakeModelServer;
const planners: RunningPlanner[] = [];
let app: RunningApp | null = null;
const dirs: string[] = [];

function aModelConfig(overrides: Partial<ModelConfig> = {}): ModelConfig {
  return {
    provider: 'openai',
    baseUrl: fake.openAiUrl,
    apiKey: 'test-key',
    model: 'fake-model',
    timeoutMs: 10_000,
    maxTokens: 4000,
    checkRetries: 2,
    repairRounds: 2,
    fallbackOffline: false,
    ...overrides,
  };
}

async function startWith(model: ModelConfig): Promise<RunningPlanner> {
  const config: PlannerConfig = {
    port: 0,
    host: '127.0.0.1',
    serviceToken: TOKEN,
    serviceTokenGenerated: false,
    engine: model.provider,
    model,
    logLevel: 'silent',
    rateLimitWindowMs: 60_000,
    rateLimitFailures: 1000,
  };
  const planner = await startPlanner(config);
  planners.push(planner);
  return planner;
}

async function postPlanWith(
  planner: RunningPlanner,
  body: unknown,
  signal?: AbortSignal,
  accept = 'application/json',
): Promise<Response> {
  return fetch(`${planner.url}/v1/plans`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
    signal,
  });
}

const postPlan = (planner: RunningPlanner, body: unknown, accept = 'application/json') =>
  postPlanWith(planner, body, undefined, accept);

/** Reads a whole SSE body into its events. */
async function readEvents(response: Response): Promise<{ event: string; data: any }[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .map((block) => ({
      event: /^event: (.+)$/m.exec(block)?.[1] ?? '',
      data: /^data: (.+)$/m.exec(block)?.[1],
    }))
    .filter((e) => e.event && e.data)
    .map((e) => ({ event: e.event, data: JSON.parse(e.data!) }));
}

async function run(files: Record<string, string>): Promise<RunningApp> {
  const dir = await mkdtemp(join(tmpdir(), 'isekai-model-app-'));
  dirs.push(dir);
  await writeApp(dir, files);
  app = await startGeneratedApp(dir);
  return app;
}

beforeAll(async () => {
  fake = await startFakeModelServer();
});
afterEach(async () => {
  await stopGeneratedApp(app);
  app = null;
  await Promise.all(planners.splice(0).map((p) => p.stop()));
  fake.received.length = 0;
});
afterAll(async () => {
  await fake.stop();
  await Promise.all(dirs.map(removeDir));
});

describe('language-model engine', () => {
  describe('openai-compatible endpoint', () => {
    it('turns a good streamed answer into files that start and answer', async () => {
      fake.reply({ text: GOOD_APP });
      const planner = await startWith(aModelConfig());
      const response = await postPlan(planner, { prompt: 'a notes app' });
      expect(response.status).toBe(200);
      const plan = (await response.json()) as PlanResponse;
      expect(plan).toMatchObject({ engine: 'openai', model: 'fake-model', repairRounds: 2 });
      expect(plan.plan.spec).toMatchObject({ title: 'Fake Notes', blueprint: 'model' });
      expect(Object.keys(plan.files).sort()).toEqual(['manifest.json', 'server.js']);
      expect(fake.received[0]!.body).toMatchObject({ model: 'fake-model', stream: true });
      expect(fake.received[0]!.text).toContain('Build this app: a notes app');
      const running = await run(plan.files);
      expect(await (await fetch(running.url)).text()).toContain('<h1>Fake Notes</h1>');
    });

    it('streams progress with the file being written, then the plan', async () => {
      fake.reply({ text: GOOD_APP });
      const planner = await startWith(aModelConfig());
      const response = await postPlan(planner, { prompt: 'a notes app' }, 'text/event-stream');
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const events = await readEvents(response);
      const progress = events.filter((e) => e.event === 'progress').map((e) => e.data);
      expect(progress.some((p) => p.stage === 'model-writing' && p.file === 'server.js')).toBe(true);
      expect(progress.some((p) => p.stage === 'model-done' && p.tokens > 0)).toBe(true);
      expect(events.at(-1)).toMatchObject({ event: 'plan', data: { engine: 'openai' } });
    });

    it('reads fenced files and adds a missing manifest', async () => {
      fake.reply({ text: FENCED_APP_WITHOUT_MANIFEST });
      const planner = await startWith(aModelConfig());
      const plan = (await (await postPlan(planner, { prompt: 'notes' })).json()) as PlanResponse;
      expect(JSON.parse(plan.files['manifest.json']!)).toMatchObject({ entry: 'server.js' });
      expect(plan.files['server.js']).not.toContain('```');
      const running = await run(plan.files);
      expect(await (await fetch(running.url)).text()).toContain('Fenced Notes');
    });

    it('feeds a syntax error back to the model and uses the corrected answer', async () => {
      fake.reply({ text: SYNTAX_ERROR_APP }, { text: GOOD_APP });
      const planner = await startWith(aModelConfig());
      const response = await postPlan(planner, { prompt: 'a notes app' });
      expect(response.status).toBe(200);
      expect(fake.received).toHaveLength(2);
      expect(fake.received[1]!.text).toMatch(/server\.js does not parse: SyntaxError/);
      const plan = (await response.json()) as PlanResponse;
      expect(plan.plan.steps.join(' ')).toMatch(/Attempt 2/);
    });

    it('refuses modules the sandbox does not offer and says which', async () => {
      fake.reply({ text: NPM_MODULE_APP }, { text: GOOD_APP });
      const planner = await startWith(aModelConfig());
      expect((await postPlan(planner, { prompt: 'a notes app' })).status).toBe(200);
      expect(fake.received[1]!.text).toContain('"express" is not available');
    });

    it('gives up with a clear error when every answer is malformed', async () => {
      fake.reply({ text: MALFORMED_ANSWER });
      const planner = await startWith(aModelConfig({ checkRetries: 1 }));
      const response = await postPlan(planner, { prompt: 'a notes app' });
      expect(response.status).toBe(502);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe('planner-model-invalid-answer');
      expect(body.error.message).toMatch(/no files found/);
      expect(fake.received).toHaveLength(2);
    });

    it('sends a failed start back with its log for a repair', async () => {
      fake.reply({ text: CRASHING_APP }, { text: REPAIRED_APP });
      const planner = await startWith(aModelConfig());
      const first = (await (await postPlan(planner, { prompt: 'a notes app' })).json()) as PlanResponse;
      const repair = {
        error: 'exited with code 1 before listening',
        log: "Error: ENOENT: no such file or directory, open 'settings.json'",
        round: 1,
      };
      const response = await postPlan(planner, {
        prompt: 'a notes app',
        current: { plan: first.plan, files: first.files },
        repair,
      });
      expect(response.status).toBe(200);
      expect(fake.received[1]!.text).toContain('failed to start on Isekai: exited with code 1');
      expect(fake.received[1]!.text).toContain("ENOENT: no such file or directory, open 'settings.json'");
      const repaired = (await response.json()) as PlanResponse;
      const running = await run(repaired.files);
      expect(await (await fetch(running.url)).text()).toContain('Repaired Notes');
    });
  });

  describe('when the model does not answer', () => {
    it('fails with 504 and a message to act on when the model is too slow', async () => {
      fake.reply({ hang: true });
      const planner = await startWith(aModelConfig({ timeoutMs: 300 }));
      const response = await postPlan(planner, { prompt: 'a notes app' });
      expect(response.status).toBe(504);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe('planner-model-timeout');
      expect(body.error.message).toMatch(/LLM_TIMEOUT_MS/);
    });

    it('fails with 503 naming the endpoint when nothing listens there', async () => {
      const closed = `http://127.0.0.1:${await freePort()}/v1`;
      const planner = await startWith(aModelConfig({ baseUrl: closed }));
      const response = await postPlan(planner, { prompt: 'a notes app' });
      expect(response.status).toBe(503);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe('planner-model-unavailable');
      expect(body.error.message).toContain(closed);
    });

    it('fails with 503 when the endpoint answers 500', async () => {
      fake.reply({ status: 500, message: 'model crashed' });
      const planner = await startWith(aModelConfig());
      const response = await postPlan(planner, { prompt: 'a notes app' });
      expect(response.status).toBe(503);
      expect(((await response.json()) as ErrorBody).error.code).toBe('planner-model-unavailable');
    });

    it('falls back to the offline engine when configured, and says so', async () => {
      fake.reply({ hang: true });
      const planner = await startWith(aModelConfig({ timeoutMs: 300, fallbackOffline: true }));
      const response = await postPlan(planner, { prompt: 'a todo list' }, 'text/event-stream');
      const events = await readEvents(response);
      expect(events.some((e) => e.event === 'progress' && e.data.stage === 'fallback')).toBe(true);
      const plan = events.at(-1)!;
      expect(plan).toMatchObject({ event: 'plan', data: { engine: 'offline', fallbackFrom: 'openai' } });
      expect(plan.data.notes[0]).toMatch(/offline engine because the language model was unavailable/);
    });

    it('sends a streamed failure as the last event', async () => {
      fake.reply({ hang: true });
      const planner = await startWith(aModelConfig({ timeoutMs: 300 }));
      const events = await readEvents(
        await postPlan(planner, { prompt: 'a notes app' }, 'text/event-stream'),
      );
      expect(events.at(-1)).toMatchObject({
        event: 'error',
        data: { status: 504, error: { code: 'planner-model-timeout' } },
      });
    });
  });

  describe('when the caller goes away', () => {
    it('stops the model call of a streamed plan, even with fallback configured', async () => {
      fake.reply({ stall: GOOD_APP.slice(0, 200) });
      // A deadline far beyond the test's: only the caller's leaving can end this model call.
      const planner = await startWith(aModelConfig({ timeoutMs: 600_000, fallbackOffline: true }));
      const abandonedBefore = fake.abandoned();
      const caller = new AbortController();
      const response = await postPlanWith(
        planner,
        { prompt: 'a notes app' },
        caller.signal,
        'text/event-stream',
      );
      const reader = response.body!.getReader();
      let seen = '';
      while (!seen.includes('model-writing')) seen += new TextDecoder().decode((await reader.read()).value);
      caller.abort();
      await vi.waitFor(() => expect(fake.abandoned()).toBe(abandonedBefore + 1), { timeout: 10_000 });
      // No fallback and no second attempt: a cancelled plan is not a model failure.
      expect(fake.received).toHaveLength(1);
    });

    it('stops the model call of a JSON plan', async () => {
      fake.reply({ hang: true });
      const planner = await startWith(aModelConfig({ timeoutMs: 600_000 }));
      const abandonedBefore = fake.abandoned();
      const caller = new AbortController();
      const answered = postPlanWith(planner, { prompt: 'a notes app' }, caller.signal).catch(
        (error: Error) => error.name,
      );
      await vi.waitFor(() => expect(fake.received).toHaveLength(1), { timeout: 10_000 });
      caller.abort();
      expect(await answered).toBe('AbortError');
      await vi.waitFor(() => expect(fake.abandoned()).toBe(abandonedBefore + 1), { timeout: 10_000 });
    });
  });

  describe('anthropic endpoint', () => {
    it('turns a streamed messages answer into a running app', async () => {
      fake.reply({ text: GOOD_APP });
      const planner = await startWith(aModelConfig({ provider: 'anthropic', baseUrl: fake.anthropicUrl }));
      const response = await postPlan(planner, { prompt: 'a notes app' });
      expect(response.status).toBe(200);
      const plan = (await response.json()) as PlanResponse;
      expect(plan).toMatchObject({ engine: 'anthropic', model: 'fake-model' });
      expect(fake.received[0]).toMatchObject({
        path: '/v1/messages',
        body: { model: 'fake-model', stream: true },
      });
      expect(fake.received[0]!.body.system).toContain('process.env.PORT');
      const running = await run(plan.files);
      expect(await (await fetch(`${running.url}/health`)).json()).toEqual({ status: 'ok' });
    });
  });
});
