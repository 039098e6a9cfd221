import type {
  AppLimits,
  ExitReason,
  SandboxAppState,
  SandboxAppStatus,
  SandboxExit,
} from '@isekai/contracts';
import type { AppCgroup, CgroupSample } from '../cgroups/cgroup.types.js';
import type { AppProcess } from '../launch/app.process.js';
import { LogRing } from '../logs/log-ring.buffer.js';

/** Why the sandbox is ending a run, decided before the signal so the exit handler can report it. */
export interface PlannedEnd {
  reason: ExitReason;
  status: SandboxAppStatus;
  message: string;
}

/** One start of an app: a process on a port, from spawn until it is gone. */
export interface AppRun {
  process: AppProcess;
  port: number;
  startedAt: number;
  /** Log sequence number before this run, so error messages quote only this run's stderr. */
  firstSeq: number;
  plannedEnd: PlannedEnd | null;
  timeLimit: NodeJS.Timeout | null;
  usage: { memoryMb: number; cpuPercent: number };
  /** When CPU use first went above the limit in the current streak; null while under it. */
  cpuOverSince: number | null;
  /** The run's cgroup when the host has them: the kernel's limits, and the usage figures. */
  cgroup: AppCgroup | null;
  /** The previous cgroup sample and when it was taken, to turn cumulative CPU time into a percentage. */
  lastCgroupSample: { at: number; sample: CgroupSample } | null;
  /** The app's own uid when it runs confined. */
  uid: number | null;
  diskCheckedAt: number;
  /** The kernel killed a process of this run for its cgroup memory limit. */
  oomKilled?: boolean;
  /** Resolves once the process is gone and the run's port is back in the pool. */
  done: Promise<void>;
}

export type StateListener = (state: SandboxAppState) => void;

/** Everything the sandbox knows about one app id across its runs. */
export interface AppRecord {
  id: string;
  entry: string;
  limits: AppLimits;
  status: SandboxAppStatus;
  exit: SandboxExit | null;
  /** Port of the last run: kept so a restart gets the same address when it is free. */
  lastPort: number | null;
  starts: number;
  run: AppRun | null;
  logs: LogRing;
  stateListeners: Set<StateListener>;
}

export function createRecord(
  id: string,
  entry: string,
  limits: AppLimits,
  logs: { maxLines: number; maxLineBytes: number },
): AppRecord {
  return {
    id,
    entry,
    limits,
    status: 'starting',
    exit: null,
    lastPort: null,
    starts: 0,
    run: null,
    logs: new LogRing(logs),
    stateListeners: new Set(),
  };
}
