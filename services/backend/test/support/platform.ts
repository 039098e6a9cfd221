import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { ServiceProcess, type ServiceName } from './service-process.js';

export interface PlatformOptions {
  /**
   * Each test file its own range, so files running side by side never fight over app ports. Taken:
   * 9100-9359 backend files (platform, restart, expiry, edge, bad-input, cancel, web-ui-model, start-script),
   * 9360-9369 web-ui-serving, 9560-9569 rejections, 9370-9379 web-ui-keys, 9380-9389 api-keys, 9390-9399 proxy, 9400-9499 sandbox, 9500-9559 attacks,
   * 9570-9579 observability, 9580-9589 fuzzing, 9620-9659 model-planner and the
   * planner's prompt evaluation, 9700-9799 web-ui, 10470-10489 web-ui-plan,
   * 10500-10539 fault-injection, 10540-10599 concurrency, 10600-10609 shutdown, 10610-10619 the sandbox's shutdown, 10620-10624 the sandbox's reaper; npm run bench and eval:prompts use 9600-9999 on their own.
   */
  appPorts: [number, number];
  env?: Record<string, string>;
  /** A planner already listening (a fake one): the real planner is not started. */
  plannerUrl?: string;
  /** Keep every line the services print (`allOutput`), for tests that search the logs. */
  keepLogs?: boolean;
}

export interface Platform {
  dir: string;
  databasePath: string;
  appsDir: string;
  backend: ServiceProcess;
  planner: ServiceProcess;
  sandbox: ServiceProcess;
  /** The token the services share, for tests that call the planner or sandbox directly. */
  serviceToken: string;
  api(
    path: string,
    init?: RequestInit & { json?: unknown },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  stop(): Promise<void>;
}

/** The three real services on loopback, with a temporary SQLite file and apps directory. */
const SERVICE_TOKEN = 'test-token-0123456789abcdef';

export async function startPlatform({
  appPorts,
  env = {},
  plannerUrl,
  keepLogs = false,
}: PlatformOptions): Promise<Platform> {
  const dir = mkdtempSync(join(tmpdir(), 'isekai-test-'));
  // Like a checkout of Isekai itself: the apps live below a package.json that says "type": "module".
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const [backendPort, plannerPort, sandboxPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const databasePath = join(dir, 'isekai.db');
  const appsDir = join(dir, 'apps');
  const shared: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ISEKAI_SERVICE_TOKEN: SERVICE_TOKEN,
    BACKEND_PORT: String(backendPort),
    PLANNER_PORT: String(plannerPort),
    SANDBOX_PORT: String(sandboxPort),
    DATABASE_PATH: databasePath,
    APPS_DIR: appsDir,
    SANDBOX_STATE_DIR: join(dir, 'sandbox'),
    APP_PORT_MIN: String(appPorts[0]),
    APP_PORT_MAX: String(appPorts[1]),
    RATE_LIMIT_WRITES: '10000',
    RATE_LIMIT_GENERATIONS: '10000',
    RECONCILE_INTERVAL_MS: '200',
    RESTART_BACKOFF_MS: '200',
    ...(plannerUrl ? { PLANNER_URL: plannerUrl } : {}),
    ...env,
  };
  const services: Record<ServiceName, ServiceProcess> = {
    sandbox: new ServiceProcess('sandbox', sandboxPort, shared, keepLogs),
    planner: new ServiceProcess('planner', plannerPort, shared, keepLogs),
    backend: new ServiceProcess('backend', backendPort, shared, keepLogs),
  };
  await Promise.all([services.sandbox.start(), plannerUrl ? undefined : services.planner.start()]);
  await services.backend.start();

  return {
    dir,
    databasePath,
    appsDir,
    ...services,
    serviceToken: SERVICE_TOKEN,
    async api(path, init = {}) {
      const { json, ...rest } = init;
      const response = await fetch(`${services.backend.url}${path}`, {
        ...rest,
        headers: {
          ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(rest.headers ?? {}),
        },
        body: json !== undefined ? JSON.stringify(json) : rest.body,
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body, headers: response.headers };
    },
    async stop() {
      await services.backend.kill();
      await Promise.all([services.planner.kill(), services.sandbox.kill()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
