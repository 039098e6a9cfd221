import type { SandboxAppState } from '@isekai/contracts';
import type { AppRecord } from './app.record.js';

export function toAppState(record: AppRecord, now = Date.now()): SandboxAppState {
  const run = record.run;
  const live = run !== null && (record.status === 'running' || record.status === 'starting');
  return {
    id: record.id,
    status: record.status,
    port: live ? run.port : null,
    pid: live ? run.process.pid : null,
    startedAt: run ? new Date(run.startedAt).toISOString() : null,
    memoryMb: live ? run.usage.memoryMb : 0,
    cpuPercent: live ? run.usage.cpuPercent : 0,
    uptimeMs: live ? now - run.startedAt : 0,
    timeLeftMs: live ? Math.max(0, run.startedAt + record.limits.timeoutMs - now) : null,
    limits: record.limits,
    restarts: Math.max(0, record.starts - 1),
    exit: record.exit,
  };
}
