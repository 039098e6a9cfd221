import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppResponse } from '@isekai/contracts';
import { appPorts } from '@isekai/test-kit';
import { answers, eventually } from './support/pages.js';
import { startPlatform, type Platform } from './support/platform.js';

describe('the time limit', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({ appPorts: appPorts(11), env: { EXECUTION_TIMEOUT_MS: '3000' } });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('stops an app at its time limit, marks it expired, and lets its owner start it again', async () => {
    const { body: app } = await platform.api('/api/apps?wait=true', {
      method: 'POST',
      json: { prompt: 'a countdown to New Year' },
    });
    expect(app.status).toBe('running');
    expect(app.limits.timeoutMs).toBe(3000);

    const expired = await eventually(
      async () => (await platform.api(`/api/apps/${app.id}`)).body as AppResponse,
      (a) => a.status === 'expired',
      15_000,
    );
    expect(expired.status).toBe('expired');
    expect(expired.desiredState).toBe('stopped');
    expect(expired.error?.code).toBe('app-expired');
    expect(await answers(app.url)).toBe(false);

    const again = await platform.api(`/api/apps/${app.id}/start?wait=true`, { method: 'POST' });
    expect(again.body.status).toBe('running');
    expect(await answers(again.body.url)).toBe(true);
  });
});
