import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxDeployRequest } from '@isekai/contracts';
import type { PortRange } from '@isekai/test-kit';
import { loadConfig } from '../../src/config.js';
import { startSandbox, type RunningSandbox } from '../../src/server.js';

export const TEST_TOKEN = 'test-service-token-0123456789';

export interface TestSandbox extends RunningSandbox {
  root: string;
  appsDir: string;
  stateDir: string;
  /** JSON request with the service token (or another one). */
  call<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    token?: string | null,
  ): Promise<{ status: number; body: T }>;
  /** Stops the sandbox and removes its temporary directories. */
  close(): Promise<void>;
}

export interface TestSandboxOptions {
  /** APP_PORT_MIN and APP_PORT_MAX, from the test kit's appPorts(). */
  appPorts: PortRange;
  env?: Record<string, string>;
  /** Reuse the directories of an earlier sandbox (restart tests). */
  root?: string;
}

export async function startTestSandbox({
  appPorts: [portMin, portMax],
  env = {},
  root,
}: TestSandboxOptions): Promise<TestSandbox> {
  // Put the token in this process's own environment too: an app that inherited it would reveal it.
  process.env.ISEKAI_SERVICE_TOKEN = TEST_TOKEN;
  const dir = root ?? (await mkdtemp(join(tmpdir(), 'isekai-sandbox-')));
  const appsDir = join(dir, 'apps');
  const stateDir = join(dir, 'state');
  const config = loadConfig({
    SANDBOX_PORT: '0',
    APPS_DIR: appsDir,
    SANDBOX_STATE_DIR: stateDir,
    APP_PORT_MIN: String(portMin),
    APP_PORT_MAX: String(portMax),
    ISEKAI_SERVICE_TOKEN: TEST_TOKEN,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const sandbox = await startSandbox(config);
  return {
    ...sandbox,
    root: dir,
    appsDir,
    stateDir,
    async call<T>(method: string, path: string, body?: unknown, token: string | null = TEST_TOKEN) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await fetch(`${sandbox.url}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
    },
    async close() {
      await sandbox.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** An app id: 12 lowercase letters or digits. */
export function anId(prefix: string): string {
  return `${prefix}${'0'.repeat(12)}`.slice(0, 12);
}

/** A tiny HTTP app; `handler` is the body of `(req, res) => {...}`, `before` runs before listening. */
export function httpAppSource({ handler = "res.end('ok')", before = '', after = '' } = {}): string {
  return [
    "const http = require('node:http');",
    before,
    `const server = http.createServer((req, res) => { ${handler} });`,
    `server.listen(Number(process.env.PORT), () => { ${after} });`,
  ].join('\n');
}

export function aDeployRequest(overrides: Partial<SandboxDeployRequest> = {}): SandboxDeployRequest {
  return {
    files: {
      'server.js': httpAppSource(),
      'manifest.json': '{"name":"test","entry":"server.js","runtime":"node"}',
    },
    entry: 'server.js',
    limits: { memoryMb: 128, cpuPercent: 50, timeoutMs: 60_000 },
    ...overrides,
  };
}

/** GET on an app's port; null when nothing answers. */
export async function getFromApp(port: number, path = '/'): Promise<string | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) });
    return await response.text();
  } catch {
    return null;
  }
}

export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
