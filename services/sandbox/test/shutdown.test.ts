import { readFileSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { SandboxAppState } from '@isekai/contracts';
import { aDeployRequest, anId, startTestSandbox, type TestSandbox } from './support/sandbox.harness.js';
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

/** Listens only after a while, so its deploy is still under way when the sandbox is told to stop. */
const slowApp = `setTimeout(() => require('node:http').createServer((q, r) => r.end('ok')).listen(Number(process.env.PORT)), 800);`;

describe('sandbox shutdown', () => {
  let sandbox: TestSandbox | undefined;
  afterAll(async () => {
    if (sandbox) await rm(sandbox.root, { recursive: true, force: true });
  });

  it('stops every app, deploys under way and queued included, and leaves no app process', async () => {
    // Isolation off: no bubblewrap to take an app down with the sandbox, so only the shutdown can.
    sandbox = await startTestSandbox({ portMin: 10610, portMax: 10619, env: { SANDBOX_ISOLATION: 'off' } });
    const running = await sandbox.call<SandboxAppState>('PUT', `/v1/apps/${anId('up')}`, aDeployRequest());
    expect(running.body.status).toBe('running');

    const slow = aDeployRequest({ files: { ...aDeployRequest().files, 'server.js': slowApp } });
    const deploys = [
      sandbox.call('PUT', `/v1/apps/${anId('slow')}`, slow),
      // A second version of the same app, queued behind the first.
      new Promise((resolve) => setTimeout(resolve, 100)).then(() =>
        sandbox!.call('PUT', `/v1/apps/${anId('slow')}`, slow),
      ),
    ].map((call) => call.catch(() => null));
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(appProcesses(sandbox.appsDir).length).toBeGreaterThanOrEqual(2);

    await sandbox.stop();
    await Promise.all(deploys);
    expect(appProcesses(sandbox.appsDir)).toEqual([]);
  });
});
