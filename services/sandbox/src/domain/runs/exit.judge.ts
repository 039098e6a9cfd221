import type { AppLimits, SandboxAppStatus } from '@isekai/contracts';
import type { ProcessEnd } from '../launch/app.process.js';
import { exitMessages } from './exit.messages.js';
import type { PlannedEnd } from './run.types.js';

/**
 * The kernel's OOM killer may end the app before the watchdog sees it: its counter, read once the run is
 * over, turns a bare SIGKILL into the memory-limit end it was. A stop or a time-out asked for first wins.
 */
export function judgeOomKill(
  oomKills: number,
  peakBytes: number | null,
  limits: AppLimits,
  planned: PlannedEnd | null,
): PlannedEnd | null {
  if (oomKills === 0 || (planned !== null && planned.reason !== 'memory-limit')) return null;
  const usedMb = Math.round((peakBytes ?? limits.memoryMb * 1024 * 1024) / (1024 * 1024));
  return { reason: 'memory-limit', status: 'killed', message: exitMessages.memoryLimit(limits, usedMb) };
}

export interface EndFacts {
  end: ProcessEnd;
  planned: PlannedEnd | null;
  /** The run's status when its process ended. */
  status: SandboxAppStatus;
  port: number;
  /** The run's last stderr lines. */
  stderr: string[];
  startTimeoutMs: number;
}

/** How a run ended, in the words the app's author reads. */
export function describeExit({ end, planned, status, port, stderr, startTimeoutMs }: EndFacts): PlannedEnd {
  if (end.spawnError)
    return { reason: 'start-failed', status: 'failed', message: exitMessages.spawnFailed(end.spawnError) };
  if (planned?.reason === 'start-timeout') {
    return { ...planned, message: exitMessages.startTimeout(port, startTimeoutMs, stderr) };
  }
  if (planned) return planned;
  if (status === 'starting') {
    return {
      reason: 'exited',
      status: 'failed',
      message: exitMessages.exitedBeforeListening(end, port, stderr),
    };
  }
  return { reason: 'exited', status: 'exited', message: exitMessages.exited(end, stderr) };
}
