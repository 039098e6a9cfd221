import type { Logger } from '@isekai/service-kit';
import type { AppRecord, PlannedEnd } from '../apps/app.record.js';
import type { Sandbox } from '../apps/sandbox.service.js';
import { exitMessages } from '../apps/exit.messages.js';
import { diskUsage } from './disk-usage.js';
import { sampleRun, type UsageSample } from './usage.sampler.js';

export type { UsageSample } from './usage.sampler.js';

export interface WatchdogOptions {
  intervalMs: number;
  cpuGraceMs: number;
  /** Cap on an app directory's size; null leaves it unchecked (isolation off). */
  diskCapMb?: number | null;
  /** Walking a directory costs more than a sample: at most this often per app. */
  diskIntervalMs?: number;
  appDir?: (id: string) => string;
}

/**
 * Decides from one sample whether a run has broken a limit. Memory breaks at once. CPU is the kernel's
 * job where a cgroup quota holds the app (it is throttled, never killed for it); only without one does
 * the watchdog stop an app that stayed above its limit for longer than the grace period.
 */
export function judgeUsage(
  record: AppRecord,
  sample: UsageSample,
  now: number,
  cpuGraceMs: number,
): PlannedEnd | null {
  const run = record.run;
  if (!run) return null;
  run.usage = { memoryMb: sample.memoryMb, cpuPercent: sample.cpuPercent };
  if (sample.oomKilled === true || sample.memoryMb > record.limits.memoryMb) {
    return {
      reason: 'memory-limit',
      status: 'killed',
      message: exitMessages.memoryLimit(
        record.limits,
        sample.oomKilled === true ? Math.max(sample.memoryMb, record.limits.memoryMb) : sample.memoryMb,
      ),
    };
  }
  if (sample.throttled !== undefined || sample.cpuPercent <= record.limits.cpuPercent) {
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

async function checkDisk(
  record: AppRecord,
  now: number,
  options: WatchdogOptions,
): Promise<PlannedEnd | null> {
  const run = record.run;
  const cap = options.diskCapMb;
  if (!run || cap == null || !options.appDir) return null;
  if (now - run.diskCheckedAt < (options.diskIntervalMs ?? 1000)) return null;
  run.diskCheckedAt = now;
  const used = await diskUsage(options.appDir(record.id), cap * 1024 * 1024);
  if (used <= cap * 1024 * 1024) return null;
  return { reason: 'disk-limit', status: 'killed', message: exitMessages.diskLimit(cap) };
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
          const run = record.run;
          const now = Date.now();
          const usage = run ? await sampleRun(run, now) : null;
          const breach =
            (usage ? judgeUsage(record, usage, now, options.cpuGraceMs) : null) ??
            (await checkDisk(record, now, options));
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
