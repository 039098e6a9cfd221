import { readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import type { SandboxAppState } from '@isekai/contracts';
import {
  aDeployRequest,
  anId,
  startTestSandbox,
  waitFor,
  type TestSandbox,
} from './support/sandbox.harness.js';
import { isRunning } from './support/processes.js';

/** Live processes running something from the apps directory. */
function appProcesses(appsDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(appsDir) && isRunning(pid);
      } catch {
        return false;
      }
    });
}

/** Listens only after 3 s, so its deploy is still under way when the sandbox is told to stop. */
const slowApp = `setTimeout(() => require('node:http').createServer((q, r) => r.end('ok')).listen(Number(process.env.PORT)), 3000);`;

describe('sandbox shutdown', () => {
  let sandbox: TestSandbox | undefined;
  let stopped = false;
  afterAll(async () => {
    if (!sandbox) return;
    if (!stopped) await sandbox.stop(); // the test failed before its own stop: still no app left behind
    await rm(sandbox.root, { recursive: true, force: true });
  });

  it('stops every app, deploys under way and queued included, and leaves no app process', async () => {
    // Isolation off: no bubblewrap to take an app down with the sandbox, so only the shutdown can.
    sandbox = await startTestSandbox({ appPorts: appPorts(10), env: { SANDBOX_ISOLATION: 'off' } });
    const running = await sandbox.call<SandboxAppState>('PUT', `/v1/apps/${anId('up')}`, aDeployRequest());
    expect(running.body.status).toBe('running');

    const slow = aDeployRequest({ files: { ...aDeployRequest().files, 'server.js': slowApp } });
    // Two versions of one app sent together: the second waits in the app's queue behind the first.
    const deploys = [1, 2].map(() =>
      sandbox!.call('PUT', `/v1/apps/${anId('slow')}`, slow).catch(() => null),
    );
    await waitFor(() => appProcesses(sandbox!.appsDir).length >= 2);

    await sandbox.stop();
    stopped = true;
    await Promise.all(deploys);
    expect(appProcesses(sandbox.appsDir)).toEqual([]);
  });
});
