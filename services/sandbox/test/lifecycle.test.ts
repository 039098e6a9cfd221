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
/**
 * Isolation off: a confined app cannot start a child process at all (the attack suite proves that), so
 * the tree kill that fallback hosts rely on is exercised with bare node processes.
 */
let bare: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ appPorts: appPorts(15), env: { START_TIMEOUT_MS: '1500' } });
  bare = await startTestSandbox({ appPorts: appPorts(5), env: { SANDBOX_ISOLATION: 'off' } });
});

afterAll(async () => {
  await Promise.all([sandbox.close(), bare.close()]);
});

/** An app that starts a long-lived child node process and reports both pids. */
const appWithChild = httpAppSource({
  before:
    "const child = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
  handler: 'res.end(JSON.stringify({ pid: process.pid, child: child.pid }))',
});

describe('sandbox lifecycle', () => {
  describe('POST /v1/apps/:id/stop', () => {
    it('kills the whole process tree and the port stops answering', async () => {
      const id = anId('tree');
      const { body } = await bare.call<SandboxAppState>(
        'PUT',
        `/v1/apps/${id}`,
        aDeployRequest({ files: { 'server.js': appWithChild } }),
      );
      const pids = JSON.parse((await getFromApp(body.port!)) ?? '{}') as { pid: number; child: number };
      expect(isRunning(pids.pid) && isRunning(pids.child)).toBe(true);

      const stopped = await bare.call<SandboxAppState>('POST', `/v1/apps/${id}/stop`);
      expect(stopped.body).toMatchObject({
        status: 'stopped',
        port: null,
        pid: null,
        exit: { reason: 'stopped' },
      });
      expect(await getFromApp(body.port!)).toBeNull();
      await waitFor(() => !isRunning(pids.pid) && !isRunning(pids.child), 3000);

      const again = await bare.call<SandboxAppState>('POST', `/v1/apps/${id}/stop`);
      expect(again.status).toBe(200);
      expect(again.body.status).toBe('stopped');
    });

    it('answers 404 for an unknown app', async () => {
      expect((await sandbox.call('POST', `/v1/apps/${anId('nobody')}/stop`)).status).toBe(404);
    });
  });

  describe('failed starts', () => {
    it('reports failed with the stderr of an app that exits at once', async () => {
      const files = { 'server.js': "console.error('cannot open the recipe book'); process.exit(3);" };
      const { status, body } = await sandbox.call<SandboxAppState>(
        'PUT',
        `/v1/apps/${anId('crash')}`,
        aDeployRequest({ files }),
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'failed', port: null, exit: { reason: 'exited', code: 3 } });
      expect(body.exit?.message).toContain('cannot open the recipe book');
      expect(body.exit?.message).toContain('exited with code 3');
    });

    it('reports failed start-timeout for an app that never listens, and kills it', async () => {
      const files = { 'server.js': "console.error('waiting forever'); setInterval(() => {}, 1000);" };
      const started = Date.now();
      const { body } = await sandbox.call<SandboxAppState>(
        'PUT',
        `/v1/apps/${anId('silent')}`,
        aDeployRequest({ files }),
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
      expect(body).toMatchObject({ status: 'failed', exit: { reason: 'start-timeout' } });
      expect(body.exit?.message).toContain('process.env.PORT');
      expect(body.exit?.message).toContain('waiting forever');
      const pidGone = (
        await sandbox.call<{ lines: { line: string }[] }>('GET', `/v1/apps/${anId('silent')}/logs`)
      ).body;
      expect(pidGone.lines.some((l) => l.line.includes('did not listen'))).toBe(true);
    });
  });

  describe('time limit', () => {
    it('expires an app after timeoutMs, and a redeploy or a start runs it again', async () => {
      const id = anId('expiry');
      const request = aDeployRequest({ limits: { memoryMb: 128, cpuPercent: 50, timeoutMs: 1500 } });
      const first = await sandbox.call<SandboxAppState>('PUT', `/v1/apps/${id}`, request);
      expect(first.body.timeLeftMs).toBeGreaterThan(1000);
      const expired = await waitFor(async () => {
        const { body } = await sandbox.call<SandboxAppState>('GET', `/v1/apps/${id}`);
        return body.status === 'expired' ? body : null;
      }, 5000);
      expect(expired).toMatchObject({ port: null, timeLeftMs: null, exit: { reason: 'timeout' } });
      expect(await getFromApp(first.body.port!)).toBeNull();

      const again = await sandbox.call<SandboxAppState>('PUT', `/v1/apps/${id}`, request);
      expect(again.body).toMatchObject({ status: 'running', exit: null });
      expect(await getFromApp(again.body.port!)).toBe('ok');

      await sandbox.call('POST', `/v1/apps/${id}/stop`);
      const restarted = await sandbox.call<SandboxAppState>('POST', `/v1/apps/${id}/start`);
      expect(restarted.body).toMatchObject({ status: 'running', restarts: 2 });
    });
  });

  describe('an app that exits by itself', () => {
    it('is reported exited with its code, and is not restarted', async () => {
      const id = anId('quitter');
      const files = { 'server.js': httpAppSource({ after: 'setTimeout(() => process.exit(0), 300);' }) };
      await sandbox.call<SandboxAppState>('PUT', `/v1/apps/${id}`, aDeployRequest({ files }));
      const exited = await waitFor(async () => {
        const { body } = await sandbox.call<SandboxAppState>('GET', `/v1/apps/${id}`);
        return body.status === 'exited' ? body : null;
      }, 3000);
      expect(exited.exit).toMatchObject({ reason: 'exited', code: 0, signal: null });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await sandbox.call<SandboxAppState>('GET', `/v1/apps/${id}`)).body.status).toBe('exited');
    });
  });
});
