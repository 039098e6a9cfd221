import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { startPlatform, type Platform } from './support/platform.js';

/** "METHOD url" of each request a service logged under this request id. */
function loggedUnder(output: string, id: string): string[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { req?: { id: string; method: string; url: string } })
    .filter((line) => line.req?.id === id)
    .map((line) => `${line.req!.method} ${line.req!.url}`);
}

describe('a request id', () => {
  let platform: Platform;

  beforeAll(async () => {
    // Debug: a successful request's log line is written at that level.
    platform = await startPlatform({ appPorts: appPorts(5), env: { LOG_LEVEL: 'debug' }, keepLogs: true });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('follows a create from the backend to the planner and the sandbox, in their logs', async () => {
    const id = `trace-${Date.now()}`;
    const { status, body } = await platform.api('/api/apps?wait=true', {
      method: 'POST',
      headers: { 'x-request-id': id },
      json: { prompt: 'a to-do list with due dates' },
    });
    expect(status, JSON.stringify(body)).toBe(201);

    await vi.waitFor(() => {
      expect(loggedUnder(platform.planner.allOutput, id)).toContain('POST /v1/plans');
      expect(loggedUnder(platform.sandbox.allOutput, id)).toContain(`PUT /v1/apps/${body.id}`);
    });
  });
});
