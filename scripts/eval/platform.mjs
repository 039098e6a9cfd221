// The three real services on loopback with a temporary database and apps directory, for an evaluation
// run that was not given a platform to talk to. Built services only (dist/): run `npm run build` first.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVICES = [
  { name: 'sandbox', health: '/health' },
  { name: 'planner', health: '/health' },
  { name: 'backend', health: '/health/ready' },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, output, deadline) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited at start:\n${output()}`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 30 s:\n${output()}`);
}

/**
 * Starts sandbox, planner and backend. `env` is added to every service (e.g. PLANNER_ENGINE, LLM_*),
 * so the same evaluation judges whichever engine the caller configures. `nodeArgs` adds Node flags per
 * service name (e.g. `{ backend: ['--cpu-prof'] }` to profile it).
 */
export async function startPlatform({ appPorts = [9600, 9699], env = {}, nodeArgs = {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'isekai-eval-'));
  // Like a checkout of Isekai: the apps live below a package.json that says "type": "module".
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const ports = { sandbox: await freePort(), planner: await freePort(), backend: await freePort() };
  const token = randomBytes(24).toString('base64url');
  const shared = {
    ...process.env,
    HOME: dir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ISEKAI_SERVICE_TOKEN: token,
    BACKEND_PORT: String(ports.backend),
    PLANNER_PORT: String(ports.planner),
    SANDBOX_PORT: String(ports.sandbox),
    DATABASE_PATH: join(dir, 'isekai.db'),
    APPS_DIR: join(dir, 'apps'),
    SANDBOX_STATE_DIR: join(dir, 'sandbox'),
    APP_PORT_MIN: String(appPorts[0]),
    APP_PORT_MAX: String(appPorts[1]),
    RATE_LIMIT_WRITES: '100000',
    RATE_LIMIT_GENERATIONS: '100000',
    ...env,
  };
  const children = [];
  const deadline = Date.now() + 30_000;
  try {
    for (const service of SERVICES) {
      let output = '';
      const args = [
        ...(nodeArgs[service.name] ?? []),
        join(root, 'services', service.name, 'dist', 'index.js'),
      ];
      const child = spawn(process.execPath, args, {
        env: shared,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const collect = (chunk) => (output = (output + chunk.toString()).slice(-20_000));
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      children.push(child);
      await waitForHealth(
        `http://127.0.0.1:${ports[service.name]}${service.health}`,
        child,
        () => output,
        deadline,
      );
    }
  } catch (error) {
    await stopChildren(children);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    backendUrl: `http://127.0.0.1:${ports.backend}`,
    plannerUrl: `http://127.0.0.1:${ports.planner}`,
    sandboxUrl: `http://127.0.0.1:${ports.sandbox}`,
    token,
    async stop() {
      await stopChildren(children.reverse());
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function stopChildren(children) {
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(force);
  }
}
