/** What one app's cgroup enforces. */
export interface CgroupLimits {
  memoryBytes: number;
  /** Percent of one core, as a CFS quota over a 100 ms period. */
  cpuPercent: number;
  /** Tasks: processes and threads together. */
  pids: number;
}

/** Cumulative figures; the watchdog turns two of them into a CPU percentage. */
export interface CgroupSample {
  /** Memory in use minus reclaimable page cache (what would be charged against the limit under pressure). */
  memoryBytes: number;
  cpuUsageNs: number;
  /** How many CFS periods the group wanted more CPU than its quota allowed. */
  throttledPeriods: number;
  /** How many forks (processes or threads) the pids limit refused (`max` in pids.events; 0 when unknown). */
  pidsRefused: number;
}

/** One app run's cgroup (one directory per controller on v1, a single one on v2). */
export interface AppCgroup {
  /** Files the launcher writes its own pid into before it execs, so the app is inside before it can fork. */
  readonly procsFiles: string[];
  sample(): Promise<CgroupSample>;
  /** Processes the kernel's OOM killer ended in this group because of its memory limit. */
  oomKills(): Promise<number>;
  /** Highest memory use seen, when the kernel reports it. */
  peakBytes(): Promise<number | null>;
  /** SIGKILLs every process in the group until it is empty. */
  killAll(): Promise<void>;
  remove(): Promise<void>;
}

export interface CgroupDriver {
  readonly version: 1 | 2;
  /** Processes moved into the leaf of the sandbox's group to free it for controllers (v2). */
  readonly moved?: number;
  create(name: string, limits: CgroupLimits): Promise<AppCgroup>;
  /** Removes this sandbox's parent group (at shutdown). */
  close(): Promise<void>;
}
