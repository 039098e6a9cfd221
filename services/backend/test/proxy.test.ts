import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from './support/platform.js';

/** Behind a reverse proxy on this host (TRUST_PROXY=loopback), limits apply per client, not to the proxy. */
describe('behind a reverse proxy', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({
      appPorts: appPorts(10),
      env: { TRUST_PROXY: 'loopback', RATE_LIMIT_GENERATIONS: '1' },
    });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  const createAs = (client: string) =>
    platform.api('/api/apps', {
      method: 'POST',
      headers: { 'x-forwarded-for': client },
      json: { prompt: 'a todo list' },
    });

  it('counts generation requests per forwarded client address', async () => {
    expect((await createAs('203.0.113.1')).status).toBe(202);
    const again = await createAs('203.0.113.1');
    expect(again.status).toBe(429);
    expect(again.body.error.code).toBe('rate-limited');
    expect((await createAs('203.0.113.2')).status).toBe(202);
  });
});
