import type { AppLimits } from '@isekai/contracts';
import type { Logger } from '@isekai/service-kit';
import type { Sandbox } from '../apps/sandbox.service.js';
import type { AppRun } from '../runs/app-run.js';
import { exitMessages } from '../runs/exit.messages.js';
import type { PlannedEnd, WatchState } from '../runs/run.types.js';
import { diskUsage } from './disk-usage.js';
import { readUsage, type UsageSample } from './usage.sampler.js';

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

export interface UsageVerdict {
  /** The CPU streak to carry into the next sample. */
  cpuOverSince: number | null;
  breach: PlannedEnd | null;
}

/**
 * Decides from one sample whether a run has broken a limit. Memory breaks at once. CPU is the kernel's
 * job where a cgroup quota holds the app (it is throttled, never killed for it); only without one does
 * the watchdog stop an app that stayed above its limit for longer than the grace period.
 */
export function judgeUsage(
  limits: AppLimits,
  sample: UsageSample,
  cpuOverSince: number | null,
  now: number,
  cpuGraceMs: number,
): UsageVerdict {
  if (sample.oomKilled === true || sample.memoryMb > limits.memoryMb) {
    const usedMb = sample.oomKilled === true ? Math.max(sample.memoryMb, limits.memoryMb) : sample.memoryMb;
    return {
      cpuOverSince,
      breach: { reason: 'memory-limit', status: 'killed', message: exitMessages.memoryLimit(limits, usedMb) },
    };
  }
  if (sample.throttled !== undefined || sample.cpuPercent <= limits.cpuPercent) {
    return { cpuOverSince: null, breach: null };
  }
  const since = cpuOverSince ?? now;
  if (now - since <= cpuGraceMs) return { cpuOverSince: since, breach: null };
  return {
    cpuOverSince: since,
    breach: {
      reason: 'cpu-limit',
      status: 'killed',
      message: exitMessages.cpuLimit(limits, sample.cpuPercent, cpuGraceMs),
    },
  };
}

/** Decides whether a directory of `usedBytes` breaks the disk cap. */
export function judgeDisk(usedBytes: number, capMb: number): PlannedEnd | null {
  if (usedBytes <= capMb * 1024 * 1024) return null;
  return { reason: 'disk-limit', status: 'killed', message: exitMessages.diskLimit(capMb) };
}

interface Watched {
  next: WatchState;
  breach: PlannedEnd | null;
  usage: UsageSample | null;
}

/** Reads one run's use (and its directory's size when due) and judges it; the run applies the verdict. */
async function watchRun(
  id: string,
  limits: AppLimits,
  run: AppRun,
  now: number,
  options: WatchdogOptions,
): Promise<Watched> {
  const previous = run.watch;
  const reading = await readUsage(run, now);
  const usageVerdict = reading
    ? judgeUsage(limits, reading.usage, previous.cpuOverSince, now, options.cpuGraceMs)
    : null;
  const next: WatchState = {
    usage: reading
      ? { memoryMb: reading.usage.memoryMb, cpuPercent: reading.usage.cpuPercent }
      : previous.usage,
    cpuOverSince: usageVerdict ? usageVerdict.cpuOverSince : previous.cpuOverSince,
    lastCgroupSample: reading?.cgroupSample ?? previous.lastCgroupSample,
    diskCheckedAt: previous.diskCheckedAt,
  };
  let breach = usageVerdict?.breach ?? null;
  const cap = options.diskCapMb;
  const diskDue = now - previous.diskCheckedAt >= (options.diskIntervalMs ?? 1000);
  if (!breach && cap != null && options.appDir && diskDue) {
    next.diskCheckedAt = now;
    breach = judgeDisk(await diskUsage(options.appDir(id), cap * 1024 * 1024), cap);
  }
  return { next, breach, usage: reading?.usage ?? null };
}

/** Samples every live app on an interval and has those over their limits ended; returns a stop function. */
export function startWatchdog(sandbox: Sandbox, options: WatchdogOptions, logger: Logger): () => void {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await Promise.all(
        sandbox.liveApps().map(async (record) => {
          const run = record.run;
          if (!run) return;
          const { next, breach, usage } = await watchRun(record.id, record.limits, run, Date.now(), options);
          if (breach) logger.warn({ appId: record.id, reason: breach.reason, usage }, 'app over its limit');
          // Refused, not ended: the app goes on, but a fork bomb or a thread leak is worth telling.
          if (usage?.pidsRefused)
            record.notices.add('process-limit', 'the pids limit refused new processes or threads');
          await run.applyVerdict(next, breach);
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
