import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from './support/platform.js';

describe('the public edge', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform({
      appPorts: appPorts(11),
      env: { RATE_LIMIT_WRITES: '6', RATE_LIMIT_GENERATIONS: '2' },
    });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  describe('rate limits', () => {
    it('limits generation, never reads', async () => {
      const first = await platform.api('/api/apps', { method: 'POST', json: { prompt: 'a todo list' } });
      const second = await platform.api('/api/apps', { method: 'POST', json: { prompt: 'a stopwatch' } });
      const third = await platform.api('/api/apps', { method: 'POST', json: { prompt: 'a notes app' } });

      expect([first.status, second.status]).toEqual([202, 202]);
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('rate-limited');
      expect(third.headers.get('ratelimit')).toBeTruthy();
      for (let i = 0; i < 30; i++) expect((await platform.api('/api/apps')).status).toBe(200);
      expect((await platform.api(`/api/apps/${first.body.id}`)).status).toBe(200);
    });

    it('limits writes of every kind', async () => {
      const { body } = await platform.api('/api/apps?limit=1');
      const id = body.apps[0].id as string;
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++)
        statuses.push((await platform.api(`/api/apps/${id}/stop`, { method: 'POST' })).status);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      expect(statuses[0]).toBe(200);
    });
  });

  describe('CORS and headers', () => {
    it('allows localhost origins in development and refuses others', async () => {
      const local = await fetch(`${platform.backend.url}/api/apps`, {
        headers: { origin: 'http://localhost:5173' },
      });
      const foreign = await fetch(`${platform.backend.url}/api/apps`, {
        headers: { origin: 'https://evil.example' },
      });

      expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('sets security headers and a request id on API responses', async () => {
      const response = await fetch(`${platform.backend.url}/api/apps`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('internal services', () => {
    it('refuse calls without the service token', async () => {
      const plan = await fetch(`${platform.planner.url}/v1/plans`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"prompt":"a todo list"}',
      });
      const apps = await fetch(`${platform.sandbox.url}/v1/apps`, {
        headers: { authorization: 'Bearer wrong' },
      });

      expect(plan.status).toBe(401);
      expect(apps.status).toBe(401);
      expect(((await apps.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    });
  });
});
