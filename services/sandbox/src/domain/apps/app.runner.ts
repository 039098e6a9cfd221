import type { SandboxExit } from '@isekai/contracts';
import type { Logger } from '@isekai/service-kit';
import type { SandboxConfig } from '../../config.js';
import { AppProcess, type ProcessEnd } from '../launch/app.process.js';
import type { HostCapabilities } from '../launch/host-capabilities.detector.js';
import { buildLaunchPlan } from '../launch/launch-plan.builder.js';
import type { PortPool } from '../ports/port.pool.js';
import { waitUntilListening } from '../ports/port.probe.js';
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
  const plan = buildLaunchPlan(
    { id: record.id, appDir, entry: record.entry, port, limits: record.limits },
    deps.host,
  );
  let child: AppProcess;
  try {
    child = new AppProcess(plan, record.logs, deps.config.logLineMaxBytes);
  } catch (error) {
    deps.ports.release(port);
    throw error;
  }
  const run = openRun(record, port, child);
  run.done = run.process.ended.then((end) => finishRun(record, run, end, deps));
  const pid = run.process.pid;
  if (pid !== null)
    await deps.pidFiles
      .write(record.id, pid)
      .catch((error: unknown) => deps.logger.error({ err: error }, 'cannot write pid file'));

  const outcome = await waitUntilListening(port, {
    timeoutMs: deps.config.startTimeoutMs,
    ended: run.process.ended,
  });
  if (outcome === 'listening' && run.plannedEnd === null) {
    markRunning(record, run);
    return;
  }
  if (outcome === 'timeout') {
    await endRun(record, { reason: 'start-timeout', status: 'failed', message: '' }, STOP_GRACE_MS);
  }
  await run.done;
}

function openRun(record: AppRecord, port: number, child: AppProcess): AppRun {
  const run: AppRun = {
    process: child,
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

async function finishRun(record: AppRecord, run: AppRun, end: ProcessEnd, deps: RunnerDeps): Promise<void> {
  if (run.timeLimit) clearTimeout(run.timeLimit);
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
