import type { ExitReason, SandboxAppStatus } from '@isekai/contracts';
import type { CgroupSample } from '../cgroups/cgroup.types.js';

/** Why the sandbox is ending a run, decided before the signal so the exit can be reported as it was. */
export interface PlannedEnd {
  reason: ExitReason;
  status: SandboxAppStatus;
  message: string;
}

/** What the watchdog knows of a run between two samples; it returns a new one, the run keeps it. */
export interface WatchState {
  usage: { memoryMb: number; cpuPercent: number };
  /** When CPU use first went above the limit in the current streak; null while under it. */
  cpuOverSince: number | null;
  /** The previous cgroup sample and when it was taken, to turn cumulative CPU time into a percentage. */
  lastCgroupSample: { at: number; sample: CgroupSample } | null;
  diskCheckedAt: number;
}
