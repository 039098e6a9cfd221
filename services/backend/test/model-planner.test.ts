import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import type { FakeModelServer } from '../../planner/test/support/fake-model-server.js';
import { CRASHING_APP, GOOD_APP, REPAIRED_APP } from '../../planner/test/support/model-answers.js';
import { fetchPage } from './support/pages.js';
import { startModelPlatform, type ModelPlatform } from './support/model-platform.js';
import type { Platform } from './support/platform.js';

/** The real platform with its planner pointed at a fake OpenAI-compatible model over loopback. */
describe('the platform with a language-model planner', () => {
  let running: ModelPlatform | undefined;
  let fake: FakeModelServer;
  let platform: Platform;

  const events = async (id: string): Promise<AppEvent[]> =>
    (await platform.api(`/api/apps/${id}/events`)).body.events;
  const create = (prompt: string) =>
    platform.api('/api/apps?wait=true', { method: 'POST', json: { prompt } });

  beforeAll(async () => {
    running = await startModelPlatform(appPorts(20), {
      LLM_TIMEOUT_MS: '2000',
      LLM_REPAIR_ROUNDS: '2',
    });
    ({ fake, platform } = running);
  });
  afterAll(async () => {
    await running?.stop();
  });
  beforeEach(() => {
    fake.received.length = 0;
  });

  it('deploys a good answer and shows the model writing on the event stream', async () => {
    fake.reply({ text: GOOD_APP });
    const { status, body } = await create('a notes app');
    expect(status, JSON.stringify(body)).toBe(201);
    const app = body as AppResponse;
    expect(app).toMatchObject({ status: 'running', engine: 'openai' });
    expect((await fetchPage(app.url!)).text).toContain('Fake Notes');
    const progress = (await events(app.id)).filter((e) => e.type === 'planning-progress');
    expect(progress.some((e) => e.data?.stage === 'model-writing' && e.data?.file === 'server.js')).toBe(
      true,
    );
    expect(progress.some((e) => e.data?.stage === 'model-done')).toBe(true);
  });

  it('sends a failed start back with its log and runs the repaired version', async () => {
    fake.reply({ text: CRASHING_APP }, { text: REPAIRED_APP });
    const { status, body } = await create('a notes app that reads its settings');
    expect(status, JSON.stringify(body)).toBe(201);
    const app = body as AppResponse;
    expect(app).toMatchObject({ status: 'running', version: 2 });
    expect((await fetchPage(app.url!)).text).toContain('Repaired Notes');
    expect(fake.received[1]!.text).toContain('failed to start on Isekai');
    expect(fake.received[1]!.text).toContain('settings.json');
    const types = (await events(app.id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['failed', 'repairing', 'repaired', 'running']));
    expect(types.indexOf('repairing')).toBeLessThan(types.lastIndexOf('running'));
    const versions = (await platform.api(`/api/apps/${app.id}/versions`)).body;
    expect(JSON.stringify(versions)).toContain('"source":"repair"');
  });

  it('stops repairing after LLM_REPAIR_ROUNDS and leaves the app failed with the reason', async () => {
    fake.reply({ text: CRASHING_APP });
    const { status, body } = await create('a notes app that never starts');
    expect(status).toBe(422);
    expect(body.error.code).toBe('app-start-failed');
    const app = body.error.details.app as AppResponse;
    expect(app.status).toBe('failed');
    expect((await events(app.id)).filter((e) => e.type === 'repairing')).toHaveLength(2);
    expect(fake.received).toHaveLength(3);
  });

  it('fails with a clear message, not a hang, when the model is too slow', async () => {
    fake.reply({ hang: true });
    const { status, body } = await create('a notes app');
    expect(status).toBe(504);
    expect(body.error.code).toBe('planner-model-timeout');
    expect(body.error.message).toMatch(/did not finish within 2 s/);
  });
});
