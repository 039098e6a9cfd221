import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import type { ErrorBody, SandboxAppState } from '@isekai/contracts';
import { aDeployRequest, anId, startTestSandbox, type TestSandbox } from './support/sandbox.harness.js';

/** One port: the second app cannot get one. */
const [PORT] = appPorts(1);
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ appPorts: [PORT, PORT] });
});

afterAll(async () => {
  await sandbox.close();
});

describe('a launch that fails before its process exists', () => {
  it('answers the error, leaves the app failed rather than starting, and a later start runs it', async () => {
    const holder = anId('holder');
    const waiting = anId('noport');
    expect(
      (await sandbox.call<SandboxAppState>('PUT', `/v1/apps/${holder}`, aDeployRequest())).body.status,
    ).toBe('running');

    const refused = await sandbox.call<ErrorBody>('PUT', `/v1/apps/${waiting}`, aDeployRequest());
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('no-free-port');
    // `starting` would read as alive to the backend's reconciler, which would then never restart it.
    const state = (await sandbox.call<SandboxAppState>('GET', `/v1/apps/${waiting}`)).body;
    expect(state).toMatchObject({
      status: 'failed',
      port: null,
      pid: null,
      exit: { reason: 'start-failed' },
    });
    expect(state.exit?.message).toContain('Every app port');

    await sandbox.call('DELETE', `/v1/apps/${holder}`);
    const started = await sandbox.call<SandboxAppState>('POST', `/v1/apps/${waiting}/start`);
    expect(started.body).toMatchObject({ status: 'running', port: PORT, exit: null });
  });
});
