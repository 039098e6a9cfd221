import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import { isRunning } from './support/processes.js';
import { startTestSandbox, waitFor, type TestSandbox } from './support/sandbox.harness.js';

/** A detached node process, as the sandbox launches apps; its pid. */
function startNode(args: string[], cwd: string): number {
  const child = spawn(process.execPath, args, { cwd, detached: true, stdio: 'ignore' });
  child.unref();
  return child.pid!;
}

describe('a sandbox starting after a crash', () => {
  let root: string;
  let sandbox: TestSandbox | undefined;
  const pids: number[] = [];
  afterAll(async () => {
    for (const pid of pids.filter(isRunning)) process.kill(pid, 'SIGKILL');
    await sandbox?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('kills an app process the crashed one left without a pid file, and nothing else in the apps directory', async () => {
    root = await mkdtemp(join(tmpdir(), 'isekai-sandbox-reaper-'));
    const appDir = join(root, 'apps', 'orphan000000');
    await mkdir(appDir, { recursive: true });
    await writeFile(join(appDir, 'server.js'), 'setInterval(() => {}, 1000);\n');
    // Launched, then the sandbox died before it wrote the pid file: only the command line says whose it is.
    const orphan = startNode([join(appDir, 'server.js')], appDir);
    // Someone's REPL in the app's directory: not an app.
    const bystander = startNode(['-e', 'setInterval(() => {}, 1000)'], appDir);
    pids.push(orphan, bystander);
    await waitFor(() => isRunning(orphan) && isRunning(bystander));

    sandbox = await startTestSandbox({ appPorts: appPorts(5), root });
    expect(isRunning(orphan)).toBe(false);
    expect(isRunning(bystander)).toBe(true);
  });
});
