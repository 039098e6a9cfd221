import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPorts } from '@isekai/test-kit';
import type { ErrorBody, SandboxAppList, SandboxAppState, SandboxDeployRequest } from '@isekai/contracts';
import {
  aDeployRequest,
  anId,
  getFromApp,
  httpAppSource,
  startTestSandbox,
  type TestSandbox,
} from './support/sandbox.harness.js';

const [PORT_MIN, PORT_MAX] = appPorts(21);
let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox({ appPorts: [PORT_MIN, PORT_MAX], env: { MAX_MEMORY_MB: '256' } });
});

afterAll(async () => {
  await sandbox.close();
});

describe('sandbox deploy', () => {
  describe('auth', () => {
    it('answers 401 without the service token and 401 with a wrong one', async () => {
      const none = await sandbox.call<ErrorBody>('GET', '/v1/apps', undefined, null);
      const wrong = await sandbox.call<ErrorBody>(
        'PUT',
        `/v1/apps/${anId('auth')}`,
        aDeployRequest(),
        'not-the-token',
      );
      expect(none.status).toBe(401);
      expect(none.body.error.code).toBe('unauthorized');
      expect(wrong.status).toBe(401);
    });

    it('answers GET /health without a token, with capacity and the active defences', async () => {
      const health = await sandbox.call<Record<string, unknown>>('GET', '/health', undefined, null);
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({
        status: 'ok',
        service: 'sandbox',
        capacity: { portsTotal: 21, portRange: [PORT_MIN, PORT_MAX] },
        limits: { memoryMb: 256, cpuPercent: 50, timeoutMs: 300000 },
        defences: {
          cleanEnvironment: true,
          v8HeapLimit: true,
          pathChecks: true,
          // The test host (like CI) is a Linux machine where the sandbox runs as root with bubblewrap installed.
          cgroups: true,
          rlimits: true,
          bubblewrap: true,
          networkNamespace: true,
          separateUser: true,
          nodePermissions: true,
        },
      });
    });
  });

  describe('PUT /v1/apps/:id', () => {
    it('starts the app, reports it running on a pool port, and the port answers', async () => {
      const id = anId('hello');
      const { status, body } = await sandbox.call<SandboxAppState>(
        'PUT',
        `/v1/apps/${id}`,
        aDeployRequest({ files: { 'server.js': httpAppSource({ handler: "res.end('hello from app')" }) } }),
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({ id, status: 'running', exit: null, restarts: 0 });
      expect(body.port).toBeGreaterThanOrEqual(PORT_MIN);
      expect(body.port).toBeLessThanOrEqual(PORT_MAX);
      expect(body.pid).toBeGreaterThan(0);
      expect(await getFromApp(body.port!)).toBe('hello from app');
    });

    it('gives the app exactly PORT, NODE_ENV, APP_ID and HOME, and no platform secret', async () => {
      const id = anId('envcheck');
      const files = { 'server.js': httpAppSource({ handler: 'res.end(JSON.stringify(process.env))' }) };
      const { body } = await sandbox.call<SandboxAppState>(
        'PUT',
        `/v1/apps/${id}`,
        aDeployRequest({ files }),
      );
      const seen = JSON.parse((await getFromApp(body.port!)) ?? '{}') as Record<string, string>;
      expect(Object.keys(seen).sort()).toEqual(['APP_ID', 'HOME', 'NODE_ENV', 'PORT']);
      expect(seen).toEqual({
        PORT: String(body.port),
        NODE_ENV: 'production',
        APP_ID: id,
        HOME: join(sandbox.appsDir, id),
      });
      expect(process.env.ISEKAI_SERVICE_TOKEN).toBeDefined(); // present in the sandbox's own environment
    });

    it('keeps data/ and the same port on redeploy, and replaces the old files', async () => {
      const id = anId('redeploy');
      const first = await sandbox.call<SandboxAppState>(
        'PUT',
        `/v1/apps/${id}`,
        aDeployRequest({
          files: { 'server.js': httpAppSource({ handler: "res.end('v1')" }), 'old.txt': 'x' },
        }),
      );
      await writeFile(join(sandbox.appsDir, id, 'data', 'notes.json'), '["keep me"]');
      const second = await sandbox.call<SandboxAppState>(
        'PUT',
        `/v1/apps/${id}`,
        aDeployRequest({
          files: { 'server.js': httpAppSource({ handler: "res.end('v2')" }) },
          preferredPort: first.body.port!,
        }),
      );
      expect(second.body).toMatchObject({ status: 'running', port: first.body.port, restarts: 1 });
      expect(second.body.pid).not.toBe(first.body.pid);
      expect(await getFromApp(second.body.port!)).toBe('v2');
      expect(await readFile(join(sandbox.appsDir, id, 'data', 'notes.json'), 'utf8')).toBe('["keep me"]');
      await expect(access(join(sandbox.appsDir, id, 'old.txt'))).rejects.toThrow();
    });

    it('gives a second app another port', async () => {
      const a = await sandbox.call<SandboxAppState>('PUT', `/v1/apps/${anId('twoa')}`, aDeployRequest());
      const b = await sandbox.call<SandboxAppState>(
        'PUT',
        `/v1/apps/${anId('twob')}`,
        aDeployRequest({ preferredPort: a.body.port! }),
      );
      expect(b.body.status).toBe('running');
      expect(b.body.port).not.toBe(a.body.port);
    });

    it.each([
      ['a path with ..', { files: { '../escape.js': 'x', 'server.js': 'x' } }],
      ['an absolute path', { files: { '/tmp/evil.js': 'x', 'server.js': 'x' } }],
      ['a path inside data/', { files: { 'data/seed.json': '[]', 'server.js': 'x' } }],
      ['memory above the ceiling', { limits: { memoryMb: 1024, cpuPercent: 50, timeoutMs: 60000 } }],
      ['CPU above the ceiling', { limits: { memoryMb: 128, cpuPercent: 90, timeoutMs: 60000 } }],
      ['a time limit above the ceiling', { limits: { memoryMb: 128, cpuPercent: 50, timeoutMs: 600000 } }],
      ['an entry that is not among the files', { entry: 'missing.js' }],
      ['a memory limit sent as text', { limits: { memoryMb: '128', cpuPercent: 50, timeoutMs: 60000 } }],
      ['a CPU limit sent as a list', { limits: { memoryMb: 128, cpuPercent: [50], timeoutMs: 60000 } }],
      ['a preferred port sent as text', { preferredPort: '9401' }],
    ])('answers 400 for %s', async (_what, overrides) => {
      const { status, body } = await sandbox.call<ErrorBody>(
        'PUT',
        `/v1/apps/${anId('bad')}`,
        // Some cases are mistyped on purpose: what a caller could send, not what the type allows.
        aDeployRequest(overrides as Partial<SandboxDeployRequest>),
      );
      expect(status).toBe(400);
      expect(body.error.code).toMatch(/^[a-z-]+$/);
      expect(body.error.message.length).toBeGreaterThan(10);
    });

    it('answers 400 for a bad id and writes nothing', async () => {
      const { status, body } = await sandbox.call<ErrorBody>('PUT', '/v1/apps/..%2Fetc', aDeployRequest());
      expect(status).toBe(400);
      expect(body.error.code).toBe('invalid-request');
    });
  });

  describe('GET /v1/apps', () => {
    it('lists the apps with the instance id', async () => {
      const { body } = await sandbox.call<SandboxAppList>('GET', '/v1/apps');
      expect(body.instanceId).toBe(sandbox.instanceId);
      expect(body.apps.map((a) => a.id)).toContain(anId('hello'));
    });
  });

  describe('DELETE /v1/apps/:id', () => {
    it('stops the app, removes its directory and frees its port', async () => {
      const id = anId('deleteme');
      const { body } = await sandbox.call<SandboxAppState>('PUT', `/v1/apps/${id}`, aDeployRequest());
      const removed = await sandbox.call('DELETE', `/v1/apps/${id}`);
      expect(removed.status).toBe(204);
      await expect(access(join(sandbox.appsDir, id))).rejects.toThrow();
      expect(await getFromApp(body.port!)).toBeNull();
      expect((await sandbox.call('GET', `/v1/apps/${id}`)).status).toBe(404);
      expect((await sandbox.call('DELETE', `/v1/apps/${id}`)).status).toBe(404);
    });
  });
});
