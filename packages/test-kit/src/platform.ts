import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { ServiceProcess, type ServiceName } from './service-process.js';

export interface PlatformOptions {
  /** The sandbox's APP_PORT_MIN and APP_PORT_MAX: from appPorts() in a test, --app-ports in a script. */
  appPorts: [number, number];
  /** Added to every service's environment last, so it may change any setting below. */
  env?: Record<string, string>;
  /** The environment the services start from; only PATH unless given (the evaluation passes its own). */
  baseEnv?: NodeJS.ProcessEnv;
  /** A planner already listening (a fake one): the real planner is not started. */
  plannerUrl?: string;
  /** Keep every line the services print (`allOutput`), for tests that search the logs. */
  keepLogs?: boolean;
}

export interface ApiAnswer {
  status: number;
  /** The JSON body, or the text when it is not JSON; null when empty. */
  body: any;
  headers: Headers;
}

export interface Platform {
  dir: string;
  databasePath: string;
  appsDir: string;
  backend: ServiceProcess;
  planner: ServiceProcess;
  sandbox: ServiceProcess;
  /** The token the services share, for callers of the planner or sandbox themselves. */
  serviceToken: string;
  /** A call to the backend's public API; `json` is sent as the body with its content type. */
  api(path: string, init?: RequestInit & { json?: unknown }): Promise<ApiAnswer>;
  stop(): Promise<void>;
}

async function readAnswer(response: Response): Promise<ApiAnswer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers };
}

/**
 * The three real services on loopback, built (dist/), on free ports, with a temporary SQLite file and
 * apps directory that stop() removes. Used by the integration tests, the prompt evaluation and the bench.
 */
export async function startPlatform({
  appPorts,
  env = {},
  baseEnv = { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  plannerUrl,
  keepLogs = false,
}: PlatformOptions): Promise<Platform> {
  const dir = mkdtempSync(join(tmpdir(), 'isekai-platform-'));
  // Like a checkout of Isekai itself: the apps live below a package.json that says "type": "module".
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  const [backendPort, plannerPort, sandboxPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const serviceToken = randomBytes(24).toString('base64url');
  const databasePath = join(dir, 'isekai.db');
  const appsDir = join(dir, 'apps');
  const shared: Record<string, string> = {
    ...(baseEnv as Record<string, string>),
    HOME: dir,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ISEKAI_SERVICE_TOKEN: serviceToken,
    BACKEND_PORT: String(backendPort),
    PLANNER_PORT: String(plannerPort),
    SANDBOX_PORT: String(sandboxPort),
    DATABASE_PATH: databasePath,
    APPS_DIR: appsDir,
    SANDBOX_STATE_DIR: join(dir, 'sandbox'),
    APP_PORT_MIN: String(appPorts[0]),
    APP_PORT_MAX: String(appPorts[1]),
    RATE_LIMIT_WRITES: '100000',
    RATE_LIMIT_GENERATIONS: '100000',
    ...(plannerUrl ? { PLANNER_URL: plannerUrl } : {}),
    ...env,
  };
  const services: Record<ServiceName, ServiceProcess> = {
    sandbox: new ServiceProcess('sandbox', sandboxPort, shared, keepLogs),
    planner: new ServiceProcess('planner', plannerPort, shared, keepLogs),
    backend: new ServiceProcess('backend', backendPort, shared, keepLogs),
  };
  const stop = async () => {
    await services.backend.kill();
    await Promise.all([services.planner.kill(), services.sandbox.kill()]);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all([services.sandbox.start(), plannerUrl ? undefined : services.planner.start()]);
    await services.backend.start();
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    dir,
    databasePath,
    appsDir,
    ...services,
    serviceToken,
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
      return readAnswer(response);
    },
    stop,
  };
}
