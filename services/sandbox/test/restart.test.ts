import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import type { SandboxAppState } from '@isekai/contracts';
import { canBind, isRunning } from './support/processes.js';
import {
  aDeployRequest,
  anId,
  getFromApp,
  startTestSandbox,
  TEST_TOKEN,
  waitFor,
  type TestSandbox,
} from './support/sandbox.harness.js';

const [PORT_MIN, PORT_MAX] = appPorts(10);
const ENTRY = resolve(fileURLToPath(new URL('.', import.meta.url)), '../dist/index.js');
let root: string;
let child: ChildProcess | null = null;
let second: TestSandbox | null = null;
/** The deployed app's pid, killed at the end should the test fail before the sandbox does it. */
let orphanPid: number | null = null;

/** Starts the built sandbox as a real process and resolves with its URL once it logs it. */
function spawnSandbox(isolation: 'auto' | 'off', dir = root): Promise<string> {
  child = spawn(process.execPath, [ENTRY], {
    env: {
      SANDBOX_ISOLATION: isolation,
      SANDBOX_PORT: '0',
      APPS_DIR: join(dir, 'apps'),
      SANDBOX_STATE_DIR: join(dir, 'state'),
      APP_PORT_MIN: String(PORT_MIN),
      APP_PORT_MAX: String(PORT_MAX),
      ISEKAI_SERVICE_TOKEN: TEST_TOKEN,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolveUrl, reject) => {
    let output = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /sandbox listening on (http:\/\/[^"\s]+)/.exec(output)?.[1];
      if (url) resolveUrl(url);
    });
    child!.once('exit', (code) => reject(new Error(`sandbox exited with ${code}: ${output}`)));
  });
}

beforeAll(async () => {
  await access(ENTRY).catch(() => {
    throw new Error(
      `${ENTRY} is missing: build the sandbox first (npx tsc -p tsconfig.build.json in services/sandbox)`,
    );
  });
  root = await mkdtemp(join(tmpdir(), 'isekai-sandbox-restart-'));
});

afterAll(async () => {
  child?.kill('SIGKILL');
  if (orphanPid !== null && isRunning(orphanPid)) process.kill(-orphanPid, 'SIGKILL');
  await second?.close();
  await rm(root, { recursive: true, force: true });
});

describe('sandbox restart after a crash', () => {
  // Bare processes: a confined app dies with its sandbox (next test), so only fallback hosts leave orphans.
  it('kills the apps a SIGKILLed sandbox left behind and frees their ports', async () => {
    const url = await spawnSandbox('off');
    const id = anId('orphan');
    const deployed = await fetch(`${url}/v1/apps/${id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(aDeployRequest()),
    });
    const state = (await deployed.json()) as SandboxAppState;
    expect(state.status).toBe('running');
    orphanPid = state.pid;

    child!.kill('SIGKILL');
    await new Promise((done) => child!.once('exit', done));
    // The precondition: without clean-up the app outlives its sandbox and keeps the port.
    expect(isRunning(state.pid!)).toBe(true);
    expect(await getFromApp(state.port!)).toBe('ok');
    expect(await readdir(join(root, 'state'))).toEqual([`${id}.pid`]);

    second = await startTestSandbox({ appPorts: [PORT_MIN, PORT_MAX], root });
    await waitFor(() => !isRunning(state.pid!), 3000);
    expect(await canBind(state.port!)).toBe(true);
    expect(await readdir(join(root, 'state'))).toEqual([]);

    const redeployed = await second.call<SandboxAppState>(
      'PUT',
      `/v1/apps/${id}`,
      aDeployRequest({ preferredPort: state.port! }),
    );
    expect(redeployed.body).toMatchObject({ status: 'running', port: state.port });
  });

  it('takes a confined app down with a SIGKILLed sandbox, leaving nothing to reap', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'isekai-sandbox-restart-'));
    try {
      const url = await spawnSandbox('auto', dir);
      const deployed = await fetch(`${url}/v1/apps/${anId('diesalone')}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify(aDeployRequest()),
      });
      const state = (await deployed.json()) as SandboxAppState;
      expect(state.status).toBe('running');
      expect(await getFromApp(state.port!)).toBe('ok');

      child!.kill('SIGKILL');
      await new Promise((done) => child!.once('exit', done));
      await waitFor(() => !isRunning(state.pid!), 3000);
      // bwrap goes first; node, inside its pid namespace, follows a moment later and frees the port.
      await waitFor(
        async () => (await getFromApp(state.port!)) === null && (await canBind(state.port!)),
        3000,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
