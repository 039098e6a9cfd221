import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { answers, eventually, fetchPage } from './support/pages.js';
import { startPlatform, type Platform } from './support/platform.js';

describe('restarts and failures', () => {
  let platform: Platform;
  const created: AppResponse[] = [];
  const getApp = async (id: string) => (await platform.api(`/api/apps/${id}`)).body as AppResponse;

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: appPorts(41), env: { MAX_RESTARTS: '2' } });
    for (const prompt of [
      'a todo list',
      'a stopwatch with lap times',
      'a contact list with name, email and phone',
    ]) {
      const { body } = await platform.api('/api/apps?wait=true', { method: 'POST', json: { prompt } });
      expect(body.status).toBe('running');
      created.push(body as AppResponse);
    }
    await platform.api(`/api/apps/${created[2]!.id}/stop`, { method: 'POST' });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('runs the apps again after the sandbox is killed with SIGKILL, with no call from a user', async () => {
    const [todo, stopwatch, stopped] = created as [AppResponse, AppResponse, AppResponse];
    await platform.sandbox.kill('SIGKILL');
    await platform.sandbox.start();

    const eventTypes = async (id: string) =>
      ((await platform.api(`/api/apps/${id}/events`)).body.events as { type: string }[]).map((e) => e.type);
    for (const app of [todo, stopwatch]) {
      expect(
        await eventually(
          () => eventTypes(app.id),
          (types) => types.includes('restarting'),
        ),
      ).toContain('restarting');
      const after = await eventually(
        () => getApp(app.id),
        (a) => a.status === 'running' && a.url !== null,
        20_000,
      );
      expect(after.status).toBe('running');
      const page = await eventually(
        () => fetchPage(after.url!),
        (p) => p.status === 200,
      );
      expect(page.status).toBe(200);
    }
    expect((await getApp(stopped.id)).status).toBe('stopped');
    expect(await eventTypes(stopped.id)).not.toContain('restarting');
  });

  it('loses nothing stored when the backend restarts', async () => {
    const before = await Promise.all(created.map((a) => platform.api(`/api/apps/${a.id}/versions`)));
    const list = (await platform.api('/api/apps')).body;

    await platform.backend.kill('SIGTERM');
    await platform.backend.start();

    expect(
      (await platform.api('/api/apps')).body.apps.map((a: AppResponse) => [a.id, a.version, a.desiredState]),
    ).toEqual(list.apps.map((a: AppResponse) => [a.id, a.version, a.desiredState]));
    const after = await Promise.all(created.map((a) => platform.api(`/api/apps/${a.id}/versions`)));
    expect(after.map((r) => r.body)).toEqual(before.map((r) => r.body));
    const todo = await eventually(
      () => getApp(created[0]!.id),
      (a) => a.status === 'running',
    );
    expect(await answers(todo.url!)).toBe(true);
  });

  it('survives a backend killed with SIGKILL, keeping every committed write', async () => {
    const { body: app } = await platform.api('/api/apps?wait=true', {
      method: 'POST',
      json: { prompt: 'a guestbook with name and message' },
    });
    created.push(app as AppResponse);

    await platform.backend.kill('SIGKILL');
    await platform.backend.start();

    const after = await getApp(app.id);
    expect(after.version).toBe(1);
    expect(after.plan).toEqual(app.plan);
  });

  it('restarts an app that exits, then marks it crashed after repeated failures', async () => {
    const app = created[0]!;
    const dying = `const s = require('node:http').createServer((q, r) => r.end('up')).listen(Number(process.env.PORT), '127.0.0.1');
setTimeout(() => { console.error('giving up on purpose'); process.exit(3); }, 300);`;
    const { body: files } = await platform.api(`/api/apps/${app.id}/files`);
    const entry = JSON.parse(files.files['manifest.json']).entry as string;
    await platform.api(`/api/apps/${app.id}/files?wait=true`, {
      method: 'PATCH',
      json: { files: { [entry]: dying } },
    });

    const crashed = await eventually(
      () => getApp(app.id),
      (a) => a.status === 'crashed',
      30_000,
    );
    expect(crashed.status).toBe('crashed');
    expect(crashed.error?.code).toBe('app-crashed');
    const types = ((await platform.api(`/api/apps/${app.id}/events`)).body.events as { type: string }[]).map(
      (e) => e.type,
    );
    expect(types.filter((t) => t === 'restarting').length).toBeGreaterThanOrEqual(2);

    const restored = await platform.api(`/api/apps/${app.id}/versions/1/restore?wait=true`, {
      method: 'POST',
    });
    expect(restored.body.status).toBe('running');
  });

  it('reports 503 naming the planner when it is down, and fails creation with a clear error', async () => {
    await platform.planner.kill('SIGTERM');
    try {
      const health = await platform.api('/health');
      expect(health.status).toBe(503);
      expect(health.body.failing).toEqual(['planner']);
      expect(health.body.services.planner.status).toBe('down');
      expect(health.body.services.sandbox.status).toBe('ok');

      const { status, body } = await platform.api('/api/apps?wait=true', {
        method: 'POST',
        json: { prompt: 'a todo list' },
      });
      expect(status).toBe(503);
      expect(body.error.code).toBe('planner-unavailable');
      expect(body.error.details.app.status).toBe('failed');
      expect((await platform.api('/health/live')).status).toBe(200);
    } finally {
      await platform.planner.start();
    }
    expect((await platform.api('/health')).status).toBe(200);
  });

  it('reports 503 naming the sandbox when it is down, and logs the failing reconcile passes once', async () => {
    const logBefore = platform.backend.output.length;
    await platform.sandbox.kill('SIGTERM');
    try {
      const health = await platform.api('/health');
      expect(health.status).toBe(503);
      expect(health.body.failing).toEqual(['sandbox']);
      const failures = () =>
        platform.backend.output.slice(logBefore).match(/reconcile pass failed/g)?.length ?? 0;
      await vi.waitFor(() => expect(failures()).toBe(1), { timeout: 10_000 });
      // Five more passes (RECONCILE_INTERVAL_MS is 200 here) fail the same way and say nothing new.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(failures()).toBe(1);
      expect(platform.backend.output.slice(logBefore)).toContain('The sandbox service cannot be reached');
    } finally {
      await platform.sandbox.start();
    }
  });
});
