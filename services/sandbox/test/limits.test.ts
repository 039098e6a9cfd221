import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
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
/** Without cgroups the watchdog is the only CPU limit: the fallback every host without them gets. */
let bare: TestSandbox;

beforeAll(async () => {
  const env = { WATCHDOG_INTERVAL_MS: '200', CPU_GRACE_MS: '1000' };
  [sandbox, bare] = await Promise.all([
    startTestSandbox({ appPorts: appPorts(15), env }),
    startTestSandbox({ appPorts: appPorts(5), env: { ...env, SANDBOX_ISOLATION: 'off' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([sandbox.close(), bare.close()]);
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

  it('holds a busy loop at its CPU quota and lets it run past the grace period', async () => {
    const id = anId('quota');
    const busy = httpAppSource({ after: 'setTimeout(() => { for (;;) {} }, 50);' });
    const { body } = await sandbox.call<SandboxAppState>(
      'PUT',
      `/v1/apps/${id}`,
      aDeployRequest({ files: { 'server.js': busy } }),
    );
    expect(body.status).toBe('running');

    const samples: number[] = [];
    await waitFor(async () => {
      const { body: state } = await sandbox.call<SandboxAppState>('GET', `/v1/apps/${id}`);
      if (state.status !== 'running')
        throw new Error(`the busy app was ended: ${JSON.stringify(state.exit)}`);
      if (state.cpuPercent > 0) samples.push(state.cpuPercent);
      await new Promise((resolve) => setTimeout(resolve, 250));
      return samples.length >= 10 ? samples : null;
    }, 15_000);

    // Each sample is the share of one core over ~200 ms; the quota is 50 %, so the busy loop sits there.
    const sorted = [...samples].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThanOrEqual(35);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(65);
    expect((await sandbox.call<SandboxAppState>('GET', `/v1/apps/${id}`)).body.status).toBe('running');
    await sandbox.call('DELETE', `/v1/apps/${id}`);
  });

  it('without cgroups, kills an app that stays above its CPU limit for longer than the grace period', async () => {
    const id = anId('busyloop');
    const busy = httpAppSource({ after: 'for (;;) {}' });
    const started = Date.now();
    const { body } = await bare.call<SandboxAppState>(
      'PUT',
      `/v1/apps/${id}`,
      aDeployRequest({ files: { 'server.js': busy } }),
    );
    expect(body.status).toBe('running');
    const killed = await waitFor(async () => {
      const { body: state } = await bare.call<SandboxAppState>('GET', `/v1/apps/${id}`);
      return state.status === 'killed' ? state : null;
    }, 10_000);
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
