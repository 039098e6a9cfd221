import pidusage from 'pidusage';
import type { Logger } from '@isekai/service-kit';
import type { AppRecord, PlannedEnd } from '../apps/app.record.js';
import type { Sandbox } from '../apps/sandbox.service.js';
import { exitMessages } from '../apps/exit.messages.js';

export interface UsageSample {
  memoryMb: number;
  cpuPercent: number;
}

export interface WatchdogOptions {
  intervalMs: number;
  cpuGraceMs: number;
}

/**
 * Decides from one sample whether a run has broken a limit. Memory breaks at once; CPU only after it
 * stayed above the limit for longer than the grace period, so a start-up burst is tolerated.
 */
export function judgeUsage(
  record: AppRecord,
  sample: UsageSample,
  now: number,
  cpuGraceMs: number,
): PlannedEnd | null {
  const run = record.run;
  if (!run) return null;
  run.usage = sample;
  if (sample.memoryMb > record.limits.memoryMb) {
    return {
      reason: 'memory-limit',
      status: 'killed',
      message: exitMessages.memoryLimit(record.limits, sample.memoryMb),
    };
  }
  if (sample.cpuPercent <= record.limits.cpuPercent) {
    run.cpuOverSince = null;
    return null;
  }
  run.cpuOverSince ??= now;
  if (now - run.cpuOverSince <= cpuGraceMs) return null;
  return {
    reason: 'cpu-limit',
    status: 'killed',
    message: exitMessages.cpuLimit(record.limits, sample.cpuPercent, cpuGraceMs),
  };
}

async function sample(pid: number): Promise<UsageSample | null> {
  try {
    const stat = await pidusage(pid);
    return { memoryMb: Math.round(stat.memory / (1024 * 1024)), cpuPercent: Math.round(stat.cpu) };
  } catch {
    return null; // gone between the listing and the sample: its exit handler reports it
  }
}

/** Samples every live app on an interval and kills those over their limits; returns a stop function. */
export function startWatchdog(sandbox: Sandbox, options: WatchdogOptions, logger: Logger): () => void {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await Promise.all(
        sandbox.liveApps().map(async (record) => {
          const pid = record.run?.process.pid;
          const usage = pid ? await sample(pid) : null;
          const breach = usage ? judgeUsage(record, usage, Date.now(), options.cpuGraceMs) : null;
          if (!breach) return;
          logger.warn({ appId: record.id, reason: breach.reason, usage }, 'app over its limit');
          await sandbox.kill(record.id, breach);
        }),
      );
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(
    () => void tick().catch((error: unknown) => logger.error({ err: error }, 'watchdog tick failed')),
    options.intervalMs,
  );
  timer.unref();
  return () => clearInterval(timer);
}
