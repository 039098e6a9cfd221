import type { FileMap } from './files.js';
import type { AppLimits } from './limits.js';

/** Life of one app process as the sandbox sees it. */
export const SANDBOX_APP_STATUSES = [
  'starting',
  'running',
  'stopped',
  'exited',
  'expired',
  'killed',
  'failed',
] as const;
export type SandboxAppStatus = (typeof SANDBOX_APP_STATUSES)[number];

/** Why a process is no longer running. */
export const EXIT_REASONS = [
  'stopped', // asked to stop
  'exited', // the app ended by itself (code 0 or not)
  'memory-limit',
  'cpu-limit',
  'disk-limit', // its directory grew past the sandbox's disk cap
  'timeout', // ran past its time limit
  'start-timeout', // never answered on its port
  'start-failed', // could not be spawned
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export interface SandboxExit {
  reason: ExitReason;
  code: number | null;
  signal: string | null;
  message: string;
  at: string;
}

export interface SandboxDeployRequest {
  files: FileMap;
  /** Path of the file `node` runs, relative to the app directory. */
  entry: string;
  limits: AppLimits;
  /** Port to reuse when it is free, so an app keeps its address across restarts. */
  preferredPort?: number;
}

/**
 * Something the sandbox stopped or refused, as it saw it: a limit that ended a run (the kernel's OOM killer
 * is `oom-kill`), or a line of the app's output showing a refusal (the permission model, a module outside
 * the allow-list, a process the pids limit refused). The backend turns each into a security event.
 */
export const SANDBOX_NOTICE_KINDS = [
  'memory-limit',
  'oom-kill',
  'cpu-limit',
  'disk-limit',
  'time-limit',
  'process-limit',
  'permission-denied',
  'module-refused',
] as const;
export type SandboxNoticeKind = (typeof SANDBOX_NOTICE_KINDS)[number];

export interface SandboxNotice {
  /** Increasing per app within one sandbox instance. */
  seq: number;
  kind: SandboxNoticeKind;
  /** The exit message or the app's output line (cut to the log line limit). */
  message: string;
  at: string;
}

export interface SandboxAppState {
  id: string;
  status: SandboxAppStatus;
  port: number | null;
  pid: number | null;
  startedAt: string | null;
  memoryMb: number;
  cpuPercent: number;
  uptimeMs: number;
  timeLeftMs: number | null;
  limits: AppLimits;
  restarts: number;
  exit: SandboxExit | null;
  /** The app's latest notices, oldest first (a bounded number). */
  notices: SandboxNotice[];
}

export interface SandboxAppList {
  /** Changes on every sandbox start: a new value tells the backend that every process was lost. */
  instanceId: string;
  apps: SandboxAppState[];
}

export interface LogLine {
  seq: number;
  at: string;
  stream: 'stdout' | 'stderr' | 'system';
  line: string;
}

export interface SandboxLogs {
  lines: LogLine[];
  /** Lines dropped from the front of the bounded buffer so far. */
  dropped: number;
}
