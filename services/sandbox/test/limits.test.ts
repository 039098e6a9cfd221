import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxAppState } from '@isekai/contracts';
import { isRunning } from './support/processes.js';
import {
  aDeployRequest,
  anId,
  getFromApp,
  httpAppSource,
  startTestSandbox,
  waitFor,
  type TestSandbox,
} from './support/sandbox.harness.js';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({
    portMin: 9441,
    portMax: 9460,
    env: { WATCHDOG_INTERVAL_MS: '200', CPU_GRACE_MS: '1000' },
  });
});

afterAll(async () => {
  await sandbox.close();
});

async function waitForStatus(id: string, status: string, timeoutMs: number): Promise<SandboxAppState> {
  return waitFor(async () => {
    const { body } = await sandbox.call<SandboxAppState>('GET', `/v1/apps/${id}`);
    return body.status === status ? body : null;
  }, timeoutMs);
}

describe('sandbox limits', () => {
  it('reports live memory and CPU figures of a running app', async () => {
    const id = anId('usage');
    await sandbox.call('PUT', `/v1/apps/${id}`, aDeployRequest());
    const state = await waitFor(async () => {
      const { body } = await sandbox.call<SandboxAppState>('GET', `/v1/apps/${id}`);
      return body.memoryMb > 0 ? body : null;
    }, 3000);
    expect(state.memoryMb).toBeLessThan(128);
    expect(state.uptimeMs).toBeGreaterThan(0);
  });

  it('kills an app that goes over its memory limit', async () => {
    const id = anId('memhog');
    // Buffers live outside the V8 heap, so only the watchdog can catch this one.
    const hog = httpAppSource({
      before: 'const kept = [];',
      after: 'setInterval(() => kept.push(Buffer.alloc(8 * 1024 * 1024, 1)), 50);',
    });
    const { body } = await sandbox.call<SandboxAppState>(
      'PUT',
      `/v1/apps/${id}`,
      aDeployRequest({
        files: { 'server.js': hog },
        limits: { memoryMb: 64, cpuPercent: 50, timeoutMs: 60000 },
      }),
    );
    expect(body.status).toBe('running');
    const killed = await waitForStatus(id, 'killed', 10_000);
    expect(killed.exit).toMatchObject({ reason: 'memory-limit', signal: 'SIGKILL' });
    expect(killed.exit?.message).toMatch(/memory limit 64 MB exceeded \(\d+ MB\)/);
    expect(isRunning(body.pid!)).toBe(false);
    expect(await getFromApp(body.port!)).toBeNull();
  });

  it('kills an app that stays above its CPU limit for longer than the grace period', async () => {
    const id = anId('busyloop');
    const busy = httpAppSource({ after: 'for (;;) {}' });
    const started = Date.now();
    const { body } = await sandbox.call<SandboxAppState>(
      'PUT',
      `/v1/apps/${id}`,
      aDeployRequest({ files: { 'server.js': busy } }),
    );
    expect(body.status).toBe('running');
    const killed = await waitForStatus(id, 'killed', 10_000);
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(killed.exit).toMatchObject({ reason: 'cpu-limit' });
    expect(killed.exit?.message).toContain('CPU above 50%');
    expect(isRunning(body.pid!)).toBe(false);
  });

  it('leaves a quiet app alone', async () => {
    const { body } = await sandbox.call<SandboxAppState>('GET', `/v1/apps/${anId('usage')}`);
    expect(body.status).toBe('running');
  });
});
