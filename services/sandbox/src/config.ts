import { isAbsolute, resolve } from 'node:path';
import { ConfigError, env, generateServiceToken, readEnv, type LogLevel } from '@isekai/service-kit';

export interface SandboxConfig {
  port: number;
  host: string;
  /** Absolute; every app lives in `<appsDir>/<id>`. */
  appsDir: string;
  /** Absolute; pid files of running apps, read after a crash to clean up orphans. */
  stateDir: string;
  appPortMin: number;
  appPortMax: number;
  /** Ceilings: a deploy may ask for less, never more. */
  maxMemoryMb: number;
  maxCpuPercent: number;
  executionTimeoutMs: number;
  startTimeoutMs: number;
  /** App starts under way at once; the others wait their turn (their start timeout runs from it). */
  maxConcurrentStarts: number;
  cpuGraceMs: number;
  watchdogIntervalMs: number;
  logBufferLines: number;
  logLineMaxBytes: number;
  /** `off` runs apps as bare `node` (benchmarks, or an operator's explicit choice); `auto` applies every layer the host offers. */
  isolation: 'auto' | 'off';
  /** Cap on an app directory's total size, enforced by the disk watchdog. */
  maxDiskMb: number;
  /** RLIMIT_FSIZE: the largest single file an app may write. */
  maxFileMb: number;
  /** RLIMIT_NOFILE, hard and soft. */
  maxOpenFiles: number;
  /** cgroup pids limit; it counts threads, and an idle Node server already has about 11. */
  maxProcesses: number;
  /** App on port `appPortMin + n` runs as uid/gid `appUidBase + n`, so no two running apps share an id. */
  appUidBase: number;
  /** Packages apps may `require` from the shared read-only module store. */
  allowedModules: string[];
  serviceToken: string;
  /** True when no token was configured and one was made up for this start (other services cannot know it). */
  serviceTokenGenerated: boolean;
  logLevel: LogLevel;
  rateLimitWindowMs: number;
  rateLimitFailures: number;
}

const readers = {
  SANDBOX_PORT: env.port(8002),
  HOST: env.string('127.0.0.1'),
  APPS_DIR: env.string('runtime/apps'),
  SANDBOX_STATE_DIR: env.string('runtime/sandbox'),
  APP_PORT_MIN: env.int(9000, { min: 1024, max: 65535 }),
  APP_PORT_MAX: env.int(9999, { min: 1024, max: 65535 }),
  MAX_MEMORY_MB: env.int(512, { min: 16, max: 65536 }),
  MAX_CPU_PERCENT: env.int(50, { min: 1, max: 1600 }),
  EXECUTION_TIMEOUT_MS: env.int(300_000, { min: 1000 }),
  START_TIMEOUT_MS: env.int(10_000, { min: 100, max: 600_000 }),
  MAX_CONCURRENT_STARTS: env.int(4, { min: 1, max: 1000 }),
  CPU_GRACE_MS: env.int(10_000, { min: 0 }),
  WATCHDOG_INTERVAL_MS: env.int(1000, { min: 50, max: 60_000 }),
  LOG_BUFFER_LINES: env.int(1000, { min: 10, max: 100_000 }),
  LOG_LINE_MAX_BYTES: env.int(4096, { min: 80, max: 1_048_576 }),
  SANDBOX_ISOLATION: env.oneOf(['auto', 'off'], 'auto'),
  MAX_DISK_MB: env.int(256, { min: 1, max: 1_048_576 }),
  MAX_FILE_MB: env.int(64, { min: 1, max: 1_048_576 }),
  MAX_OPEN_FILES: env.int(256, { min: 64, max: 1_048_576 }),
  MAX_PROCESSES: env.int(64, { min: 16, max: 100_000 }),
  APP_UID_BASE: env.int(200_000, { min: 1000, max: 4_000_000_000 }),
  ALLOWED_MODULES: env.string('preact,htm,preact-render-to-string,chess.js,uqr'),
  ISEKAI_SERVICE_TOKEN: env.optionalString(),
  LOG_LEVEL: env.logLevel(),
  RATE_LIMIT_WINDOW_MS: env.int(900_000, { min: 1000 }),
  RATE_LIMIT_FAILURES: env.int(50, { min: 1 }),
};

/** Relative directories are taken from where the platform was started (the repo root for `npm start`). */
function absolute(path: string, cwd: string): string {
  return isAbsolute(path) ? resolve(path) : resolve(cwd, path);
}

/** Package names only: a scope and a name, no paths, so an entry can never widen the app's view. */
const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

function parseModuleList(list: string): string[] {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const bad = names.filter((name) => !PACKAGE_NAME.test(name));
  if (bad.length > 0) throw new ConfigError([`ALLOWED_MODULES: not package names: ${bad.join(', ')}`]);
  return names;
}

/** The only reader of the environment: validated once, every bad key named at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): SandboxConfig {
  const values = readEnv(source, readers);
  if (values.APP_PORT_MIN > values.APP_PORT_MAX) {
    throw new ConfigError([
      `APP_PORT_MIN (${values.APP_PORT_MIN}) must not be above APP_PORT_MAX (${values.APP_PORT_MAX})`,
    ]);
  }
  return {
    port: values.SANDBOX_PORT,
    host: values.HOST,
    appsDir: absolute(values.APPS_DIR, cwd),
    stateDir: absolute(values.SANDBOX_STATE_DIR, cwd),
    appPortMin: values.APP_PORT_MIN,
    appPortMax: values.APP_PORT_MAX,
    maxMemoryMb: values.MAX_MEMORY_MB,
    maxCpuPercent: values.MAX_CPU_PERCENT,
    executionTimeoutMs: values.EXECUTION_TIMEOUT_MS,
    startTimeoutMs: values.START_TIMEOUT_MS,
    maxConcurrentStarts: values.MAX_CONCURRENT_STARTS,
    cpuGraceMs: values.CPU_GRACE_MS,
    watchdogIntervalMs: values.WATCHDOG_INTERVAL_MS,
    logBufferLines: values.LOG_BUFFER_LINES,
    logLineMaxBytes: values.LOG_LINE_MAX_BYTES,
    isolation: values.SANDBOX_ISOLATION,
    maxDiskMb: values.MAX_DISK_MB,
    maxFileMb: values.MAX_FILE_MB,
    maxOpenFiles: values.MAX_OPEN_FILES,
    maxProcesses: values.MAX_PROCESSES,
    appUidBase: values.APP_UID_BASE,
    allowedModules: parseModuleList(values.ALLOWED_MODULES),
    serviceToken: values.ISEKAI_SERVICE_TOKEN ?? generateServiceToken(),
    serviceTokenGenerated: values.ISEKAI_SERVICE_TOKEN === undefined,
    logLevel: values.LOG_LEVEL,
    rateLimitWindowMs: values.RATE_LIMIT_WINDOW_MS,
    rateLimitFailures: values.RATE_LIMIT_FAILURES,
  };
}
