import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent, AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import type { FakeModelServer } from '../../planner/test/support/fake-model-server.js';
import { GOOD_APP } from '../../planner/test/support/model-answers.js';
import { fetchPage } from './support/pages.js';
import { startModelPlatform, type ModelPlatform } from './support/model-platform.js';
import type { Platform } from './support/platform.js';

/**
 * Cancelling a model that is writing an app. The model's deadline (LLM_TIMEOUT_MS) is far beyond the
 * test's: had the cancellation not stopped it, nothing here would settle and the test would time out.
 */
describe('cancelling an app being planned by a language model', () => {
  let running: ModelPlatform | undefined;
  let fake: FakeModelServer;
  let platform: Platform;

  const events = async (id: string): Promise<AppEvent[]> =>
    (await platform.api(`/api/apps/${id}/events`)).body.events;

  /** Waits until the model has started writing, for the `nth` time in this app's history. */
  const modelWriting = (id: string, nth = 1) =>
    vi.waitFor(
      async () => {
        const writing = (await events(id)).filter(
          (e) => e.type === 'planning-progress' && e.data?.stage === 'model-writing',
        );
        expect(writing.length).toBeGreaterThanOrEqual(nth);
      },
      { timeout: 20_000, interval: 50 },
    );

  beforeAll(async () => {
    running = await startModelPlatform(appPorts(10), {
      LLM_TIMEOUT_MS: '600000',
      PLANNER_TIMEOUT_MS: '600000',
    });
    ({ fake, platform } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });
  beforeEach(() => {
    fake.received.length = 0;
  });

  it('cancels a first version: the model call stops and the app says it was cancelled', async () => {
    fake.reply({ stall: GOOD_APP.slice(0, 300) });
    const abandonedBefore = fake.abandoned();
    const created = await platform.api('/api/apps', { method: 'POST', json: { prompt: 'a notes app' } });
    expect(created.status).toBe(202);
    const id = created.body.id as string;
    await modelWriting(id);

    const cancelled = await platform.api(`/api/apps/${id}/cancel?wait=true`, { method: 'POST' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'failed',
      version: 0,
      error: { code: 'generation-cancelled' },
    });
    await vi.waitFor(() => expect(fake.abandoned()).toBe(abandonedBefore + 1), { timeout: 10_000 });
    const types = (await events(id)).map((e) => e.type);
    expect(types.indexOf('cancel-requested')).toBeLessThan(types.lastIndexOf('failed'));
  });

  it('cancels a change and keeps the running version', async () => {
    fake.reply({ text: GOOD_APP });
    const created = await platform.api('/api/apps?wait=true', {
      method: 'POST',
      json: { prompt: 'a notes app' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const app = created.body as AppResponse;

    fake.reply({ stall: GOOD_APP.slice(0, 300) });
    const abandonedBefore = fake.abandoned();
    const change = await platform.api(`/api/apps/${app.id}/prompts`, {
      method: 'POST',
      json: { prompt: 'add tags' },
    });
    expect(change.status).toBe(202);
    await modelWriting(app.id, 2);
    const cancelled = await platform.api(`/api/apps/${app.id}/cancel?wait=true`, { method: 'POST' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'running', version: 1 });
    expect((await fetchPage(app.url!)).text).toContain('Fake Notes');
    expect((await events(app.id)).map((e) => e.type)).toContain('change-cancelled');
    // The model's connection closes a moment after the answer; counting it here keeps the next test's count its own.
    await vi.waitFor(() => expect(fake.abandoned()).toBe(abandonedBefore + 1), { timeout: 10_000 });
  });

  it('deletes an app while the model writes it, without waiting for the model', async () => {
    fake.reply({ stall: GOOD_APP.slice(0, 300) });
    const abandonedBefore = fake.abandoned();
    const created = await platform.api('/api/apps', { method: 'POST', json: { prompt: 'a notes app' } });
    const id = created.body.id as string;
    await modelWriting(id);

    expect((await platform.api(`/api/apps/${id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await platform.api(`/api/apps/${id}`)).status).toBe(404);
    await vi.waitFor(() => expect(fake.abandoned()).toBe(abandonedBefore + 1), { timeout: 10_000 });
  });

  it('answers 409 when nothing is being planned', async () => {
    fake.reply({ text: GOOD_APP });
    const created = await platform.api('/api/apps?wait=true', {
      method: 'POST',
      json: { prompt: 'a notes app' },
    });
    const cancelled = await platform.api(`/api/apps/${created.body.id}/cancel`, { method: 'POST' });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.error).toMatchObject({ code: 'nothing-to-cancel' });
    expect(cancelled.body.error.message).toMatch(/not being planned/);
  });
});
