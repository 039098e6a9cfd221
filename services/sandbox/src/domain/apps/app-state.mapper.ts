import type { AppLimits, SandboxAppState, SandboxAppStatus, SandboxExit } from '@isekai/contracts';
import type { NoticeList } from '../notices/notice-list.js';
import type { AppRun } from '../runs/app-run.js';

/** What the state is made from (an `AppRecord`; named here so the record can use this mapper). */
export interface StateSource {
  id: string;
  status: SandboxAppStatus;
  exit: SandboxExit | null;
  limits: AppLimits;
  starts: number;
  run: AppRun | null;
  notices: NoticeList;
}

export function toAppState(record: StateSource, now = Date.now()): SandboxAppState {
  const run = record.run;
  const live = run !== null && (record.status === 'running' || record.status === 'starting');
  return {
    id: record.id,
    status: record.status,
    port: live ? run.port : null,
    pid: live ? run.pid : null,
    startedAt: run ? new Date(run.startedAt).toISOString() : null,
    memoryMb: live ? run.watch.usage.memoryMb : 0,
    cpuPercent: live ? run.watch.usage.cpuPercent : 0,
    uptimeMs: live ? now - run.startedAt : 0,
    timeLeftMs: live ? Math.max(0, run.startedAt + record.limits.timeoutMs - now) : null,
    limits: record.limits,
    restarts: Math.max(0, record.starts - 1),
    exit: record.exit,
    notices: record.notices.list(),
  };
}
