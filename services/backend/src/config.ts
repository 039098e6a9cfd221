import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIP } from 'node:net';
import { TIER_NAMES, type TierName } from '@isekai/contracts';
import { ConfigError, env, generateServiceToken, readEnv, type LogLevel } from '@isekai/service-kit';
import { readTiers, type Tiers } from './tiers.js';

export interface BackendConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: LogLevel;
  databasePath: string;
  plannerUrl: string;
  sandboxUrl: string;
  serviceToken: string;
  serviceTokenGenerated: boolean;
  /** Host name put in each app's `url`; the app answers on its own port there. */
  publicAppHost: string;
  /** The built web UI; found beside the backend in the monorepo unless WEB_DIR says otherwise. */
  webDir: string;
  allowedOrigins: string[];
  limits: { memoryMb: number; cpuPercent: number; timeoutMs: number };
  rateLimit: { windowMs: number; writes: number; generations: number };
  plannerTimeoutMs: number;
  sandboxTimeoutMs: number;
  reconcileIntervalMs: number;
  /** Restarts tried after an app exits before it is marked crashed. */
  maxRestarts: number;
  restartBackoffMs: number;
  checkpointIntervalMs: number;
  /** Listening beyond loopback without authentication was asked for explicitly (ALLOW_UNAUTHENTICATED_API). */
  unauthenticatedBeyondLoopback: boolean;
  /** Which reverse proxies to believe about the client's address (TRUST_PROXY); false: none. */
  trustProxy: false | number | string;
  apiKeys: {
    /** API_KEYS=on: every /api call needs a key, and each key sees only its own apps. */
    required: boolean;
    /** Live apps a key of the default tier may own unless it has its own limit. */
    defaultMaxApps: number;
    /** Requests with a missing or wrong key one address may make per rate-limit window. */
    failureLimit: number;
    /** The tier of keys that were given none. */
    defaultTier: TierName;
    tiers: Tiers;
  };
  /** A bearer token that may read /metrics besides an admin key (METRICS_TOKEN); unset: admins only. */
  metricsToken: string | undefined;
  /** Audit and security events kept: at most this many, none older than this. */
  eventRetention: { maxRows: number; maxAgeDays: number };
}

const PROXY_NAMES = /^(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)$/i;

/**
 * TRUST_PROXY: `false` (default), a number of proxy hops, or a comma list of `loopback`, `linklocal`,
 * `uniquelocal`, addresses and subnets. Not `true`: trusting every hop lets any client pick its own address.
 */
function readTrustProxy(raw: string | undefined): false | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  const names = value.split(',').map((name) => name.trim());
  if (names.every((name) => PROXY_NAMES.test(name))) return names.join(',');
  throw new Error(
    `must be false, a number of proxy hops, or proxies such as "loopback" or "10.0.0.5" (not "true": every client could then choose its own address), got "${value}"`,
  );
}

/** 127.0.0.0/8, ::1 and localhost: the only interfaces an API without keys may listen on by default. */
function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/** The only reader of process.env in the backend; fails naming every bad key. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): BackendConfig {
  const raw = readEnv(source, {
    BACKEND_PORT: env.port(8000),
    PLANNER_PORT: env.port(8001),
    SANDBOX_PORT: env.port(8002),
    HOST: env.string('127.0.0.1'),
    NODE_ENV: env.string('development'),
    LOG_LEVEL: env.logLevel(),
    DATABASE_PATH: env.string('runtime/isekai.db'),
    PLANNER_URL: env.url(undefined),
    SANDBOX_URL: env.url(undefined),
    ISEKAI_SERVICE_TOKEN: env.optionalString(),
    PUBLIC_APP_HOST: env.string('127.0.0.1'),
    WEB_DIR: env.optionalString(),
    ALLOWED_ORIGINS: env.list([]),
    MAX_MEMORY_MB: env.int(512, { min: 16, max: 65536 }),
    MAX_CPU_PERCENT: env.int(50, { min: 1, max: 1600 }),
    EXECUTION_TIMEOUT_MS: env.int(300_000, { min: 1000, max: 7 * 24 * 3600 * 1000 }),
    RATE_LIMIT_WINDOW_MS: env.int(15 * 60_000, { min: 1000 }),
    RATE_LIMIT_WRITES: env.int(100, { min: 1 }),
    RATE_LIMIT_GENERATIONS: env.int(60, { min: 1 }),
    PLANNER_TIMEOUT_MS: env.int(120_000, { min: 100 }),
    SANDBOX_TIMEOUT_MS: env.int(30_000, { min: 100 }),
    RECONCILE_INTERVAL_MS: env.int(1000, { min: 50 }),
    MAX_RESTARTS: env.int(3, { min: 0, max: 100 }),
    RESTART_BACKOFF_MS: env.int(1000, { min: 0 }),
    CHECKPOINT_INTERVAL_MS: env.int(5 * 60_000, { min: 1000 }),
    ALLOW_UNAUTHENTICATED_API: env.bool(false),
    API_KEYS: env.oneOf(['off', 'on'], 'off'),
    API_KEY_MAX_APPS: env.int(0, { min: 1, max: 100_000 }),
    API_KEY_DEFAULT_TIER: env.oneOf(TIER_NAMES, 'pro'),
    TIERS: readTiers,
    METRICS_TOKEN: env.optionalString(),
    EVENTS_MAX_ROWS: env.int(100_000, { min: 100, max: 100_000_000 }),
    EVENTS_MAX_AGE_DAYS: env.int(90, { min: 1, max: 36500 }),
    RATE_LIMIT_AUTH_FAILURES: env.int(20, { min: 1 }),
    TRUST_PROXY: readTrustProxy,
  });
  const host = raw.HOST;
  const keysRequired = raw.API_KEYS === 'on';
  if (!isLoopback(host) && !keysRequired && !raw.ALLOW_UNAUTHENTICATED_API) {
    throw new ConfigError([
      `HOST ${host} would let anyone who reaches this machine create and run apps without a key. Set ` +
        'API_KEYS=on (and create keys with npm run keys -- create <name>), keep HOST=127.0.0.1, or set ' +
        'ALLOW_UNAUTHENTICATED_API=true to accept that risk on a network you trust.',
    ]);
  }
  const tiers = raw.TIERS;
  // API_KEY_MAX_APPS predates tiers: it still sets the default tier's number of apps.
  if (raw.API_KEY_MAX_APPS > 0) tiers[raw.API_KEY_DEFAULT_TIER].maxApps = raw.API_KEY_MAX_APPS;
  const local = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    port: raw.BACKEND_PORT,
    host,
    production: raw.NODE_ENV === 'production',
    logLevel: raw.LOG_LEVEL,
    databasePath: resolve(raw.DATABASE_PATH),
    plannerUrl: raw.PLANNER_URL ?? `http://${local}:${raw.PLANNER_PORT}`,
    sandboxUrl: raw.SANDBOX_URL ?? `http://${local}:${raw.SANDBOX_PORT}`,
    serviceToken: raw.ISEKAI_SERVICE_TOKEN ?? generateServiceToken(),
    serviceTokenGenerated: raw.ISEKAI_SERVICE_TOKEN === undefined,
    publicAppHost: raw.PUBLIC_APP_HOST,
    // Relative to this file (src/ or dist/ alike), not to the working directory `npm start` ran in.
    webDir: raw.WEB_DIR
      ? resolve(raw.WEB_DIR)
      : fileURLToPath(new URL('../../../packages/web/dist', import.meta.url)),
    allowedOrigins: raw.ALLOWED_ORIGINS,
    limits: {
      memoryMb: raw.MAX_MEMORY_MB,
      cpuPercent: raw.MAX_CPU_PERCENT,
      timeoutMs: raw.EXECUTION_TIMEOUT_MS,
    },
    rateLimit: {
      windowMs: raw.RATE_LIMIT_WINDOW_MS,
      writes: raw.RATE_LIMIT_WRITES,
      generations: raw.RATE_LIMIT_GENERATIONS,
    },
    plannerTimeoutMs: raw.PLANNER_TIMEOUT_MS,
    sandboxTimeoutMs: raw.SANDBOX_TIMEOUT_MS,
    reconcileIntervalMs: raw.RECONCILE_INTERVAL_MS,
    maxRestarts: raw.MAX_RESTARTS,
    restartBackoffMs: raw.RESTART_BACKOFF_MS,
    checkpointIntervalMs: raw.CHECKPOINT_INTERVAL_MS,
    unauthenticatedBeyondLoopback: !isLoopback(host) && !keysRequired,
    trustProxy: raw.TRUST_PROXY,
    apiKeys: {
      required: keysRequired,
      defaultMaxApps: tiers[raw.API_KEY_DEFAULT_TIER].maxApps,
      failureLimit: raw.RATE_LIMIT_AUTH_FAILURES,
      defaultTier: raw.API_KEY_DEFAULT_TIER,
      tiers,
    },
    metricsToken: raw.METRICS_TOKEN,
    eventRetention: { maxRows: raw.EVENTS_MAX_ROWS, maxAgeDays: raw.EVENTS_MAX_AGE_DAYS },
  };
}
