import type { SandboxExit } from '@isekai/contracts';
import type { Logger } from '@isekai/service-kit';
import type { SandboxConfig } from '../../config.js';
import type { ProcessEnd } from '../launch/app.process.js';
import type { HostCapabilities } from '../launch/host-capabilities.detector.js';
import type { PortPool } from '../ports/port.pool.js';
import { waitUntilListening, waitUntilSignalled } from '../ports/port.probe.js';
import { reclaimAppDir } from '../users/app-user.js';
import { launch, type Launched } from './app.launcher.js';
import type { PidFiles } from '../recovery/pid-files.store.js';
import type { AppRecord, AppRun, PlannedEnd } from './app.record.js';
import { toAppState } from './app-state.mapper.js';
import { exitMessages } from './exit.messages.js';

export interface RunnerDeps {
  config: SandboxConfig;
  ports: PortPool;
  pidFiles: PidFiles;
  host: HostCapabilities;
  logger: Logger;
}

/** Grace between SIGTERM and SIGKILL when the sandbox ends an app politely. */
export const STOP_GRACE_MS = 2000;
const STDERR_LINES = 10;

export function notifyState(record: AppRecord): void {
  const state = toAppState(record);
  for (const listener of record.stateListeners) listener(state);
}

/**
 * Starts one run of an app and resolves once it listens on its port or has ended (failed start).
 * The run's end is handled in `finishRun` whatever causes it.
 */
export async function startRun(
  record: AppRecord,
  appDir: string,
  deps: RunnerDeps,
  preferredPort: number | null,
): Promise<void> {
  const port = await deps.ports.allocate(preferredPort);
  let launched: Launched;
  try {
    launched = await launch(record, appDir, port, deps);
  } catch (error) {
    deps.ports.release(port);
    throw error;
  }
  const run = openRun(record, port, launched);
  run.done = run.process.ended.then((end) => finishRun(record, run, end, appDir, deps));
  const pid = run.process.pid;
  if (pid !== null)
    await deps.pidFiles
      .write(record.id, pid)
      .catch((error: unknown) => deps.logger.error({ err: error }, 'cannot write pid file'));

  const wait = { timeoutMs: deps.config.startTimeoutMs, ended: run.process.ended };
  const outcome = launched.handover
    ? await waitUntilSignalled(run.process.ready, wait)
    : await waitUntilListening(port, wait);
  if (outcome === 'listening' && run.plannedEnd === null) {
    markRunning(record, run);
    return;
  }
  if (outcome === 'timeout') {
    await endRun(record, { reason: 'start-timeout', status: 'failed', message: '' }, STOP_GRACE_MS);
  }
  await run.done;
}

function openRun(record: AppRecord, port: number, launched: Launched): AppRun {
  const run: AppRun = {
    process: launched.process,
    cgroup: launched.cgroup,
    lastCgroupSample: null,
    uid: launched.uid,
    diskCheckedAt: Date.now(),
    port,
    startedAt: Date.now(),
    firstSeq: record.logs.lastSeq,
    plannedEnd: null,
    timeLimit: null,
    usage: { memoryMb: 0, cpuPercent: 0 },
    cpuOverSince: null,
    done: Promise.resolve(),
  };
  record.run = run;
  record.status = 'starting';
  record.exit = null;
  record.lastPort = port;
  record.starts++;
  return run;
}

function markRunning(record: AppRecord, run: AppRun): void {
  record.status = 'running';
  record.logs.add('system', `started on port ${run.port} (pid ${run.process.pid ?? '?'})`);
  const left = run.startedAt + record.limits.timeoutMs - Date.now();
  run.timeLimit = setTimeout(
    () => {
      void endRun(
        record,
        { reason: 'timeout', status: 'expired', message: exitMessages.timeout(record.limits) },
        STOP_GRACE_MS,
      );
    },
    Math.max(0, left),
  );
  run.timeLimit.unref();
  notifyState(record);
}

/** Ends the current run for a stated reason; the first reason given wins. Resolves when it is gone. */
export async function endRun(record: AppRecord, planned: PlannedEnd, graceMs: number): Promise<void> {
  const run = record.run;
  if (!run) return;
  // A run that exited a moment ago may still be recording its end: wait for that, never start over it.
  if (run.process.running) {
    run.plannedEnd ??= planned;
    await run.process.terminate(graceMs);
  }
  await run.done;
}

function describeExit(
  record: AppRecord,
  run: AppRun,
  end: ProcessEnd,
  deps: RunnerDeps,
): Omit<SandboxExit, 'code' | 'signal' | 'at'> & { status: AppRecord['status'] } {
  const stderr = record.logs.lastOf('stderr', STDERR_LINES, run.firstSeq);
  if (end.spawnError)
    return { reason: 'start-failed', status: 'failed', message: exitMessages.spawnFailed(end.spawnError) };
  const planned = run.plannedEnd;
  if (planned?.reason === 'start-timeout') {
    return { ...planned, message: exitMessages.startTimeout(run.port, deps.config.startTimeoutMs, stderr) };
  }
  if (planned) return planned;
  if (record.status === 'starting') {
    return {
      reason: 'exited',
      status: 'failed',
      message: exitMessages.exitedBeforeListening(end, run.port, stderr),
    };
  }
  return { reason: 'exited', status: 'exited', message: exitMessages.exited(end, stderr) };
}

/**
 * The kernel's OOM killer may end the app before the watchdog sees it: its counter, read once the run is
 * over, turns a bare SIGKILL into the memory-limit end it was.
 */
async function releaseCgroup(run: AppRun, record: AppRecord, deps: RunnerDeps): Promise<void> {
  const cgroup = run.cgroup;
  if (!cgroup) return;
  const [oomKills, peak] = await Promise.all([cgroup.oomKills(), cgroup.peakBytes()]);
  if (oomKills > 0 && (run.plannedEnd === null || run.plannedEnd.reason === 'memory-limit')) {
    const usedMb = Math.round((peak ?? record.limits.memoryMb * 1024 * 1024) / (1024 * 1024));
    run.plannedEnd = {
      reason: 'memory-limit',
      status: 'killed',
      message: exitMessages.memoryLimit(record.limits, usedMb),
    };
    run.oomKilled = true;
  }
  await cgroup
    .remove()
    .catch((error: unknown) => deps.logger.warn({ err: error, appId: record.id }, 'cannot remove cgroup'));
}

async function finishRun(
  record: AppRecord,
  run: AppRun,
  end: ProcessEnd,
  appDir: string,
  deps: RunnerDeps,
): Promise<void> {
  if (run.timeLimit) clearTimeout(run.timeLimit);
  await releaseCgroup(run, record, deps);
  if (run.uid !== null) await reclaimAppDir(appDir);
  // The OOM killer always uses SIGKILL; bubblewrap reports it as exit code 137, so say what happened.
  if (run.oomKilled) end = { code: null, signal: 'SIGKILL' };
  deps.ports.release(run.port);
  if (record.run !== run) return;
  // Awaited: the next run of this id writes the same pid file and must come after this removal.
  await deps.pidFiles.remove(record.id).catch(() => undefined);
  const { status, ...exit } = describeExit(record, run, end, deps);
  record.status = status;
  record.exit = { ...exit, code: end.code, signal: end.signal, at: new Date().toISOString() };
  record.logs.add('system', exit.message);
  deps.logger.info(
    { appId: record.id, reason: exit.reason, code: end.code, signal: end.signal },
    'app process ended',
  );
  notifyState(record);
}
