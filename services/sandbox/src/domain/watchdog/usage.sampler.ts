import pidusage from 'pidusage';
import type { AppCgroup } from '../cgroups/cgroup.types.js';
import type { WatchState } from '../runs/run.types.js';

export interface UsageSample {
  memoryMb: number;
  cpuPercent: number;
  /** The cgroup's CPU quota held the app back since the last sample: it wanted more than its limit. */
  throttled?: boolean;
  /** The kernel's OOM killer has ended a process of this run. */
  oomKilled?: boolean;
  /** The pids limit refused a fork since the last sample. */
  pidsRefused?: boolean;
}

export interface Reading {
  usage: UsageSample;
  /** The cgroup's cumulative figures, kept for the next reading; null without a cgroup. */
  cgroupSample: WatchState['lastCgroupSample'];
}

const MB = 1024 * 1024;

async function sampleProcess(pid: number): Promise<Reading | null> {
  try {
    const stat = await pidusage(pid);
    return {
      usage: { memoryMb: Math.round(stat.memory / MB), cpuPercent: Math.round(stat.cpu) },
      cgroupSample: null,
    };
  } catch {
    return null; // gone between the listing and the sample: its exit handler reports it
  }
}

/**
 * The whole cgroup rather than one pid: under bubblewrap the root pid is bwrap itself, and a forking
 * app spreads its use over many processes. CPU is the cumulative time's growth since the last sample.
 */
async function sampleCgroup(
  cgroup: AppCgroup,
  previous: WatchState['lastCgroupSample'],
  now: number,
): Promise<Reading | null> {
  try {
    const [sample, oomKills] = await Promise.all([cgroup.sample(), cgroup.oomKills()]);
    const elapsedNs = previous ? (now - previous.at) * 1e6 : 0;
    const usage: UsageSample = {
      memoryMb: Math.round(sample.memoryBytes / MB),
      cpuPercent:
        previous && elapsedNs > 0
          ? Math.round(((sample.cpuUsageNs - previous.sample.cpuUsageNs) / elapsedNs) * 100)
          : 0,
      throttled: previous ? sample.throttledPeriods > previous.sample.throttledPeriods : false,
      oomKilled: oomKills > 0,
      pidsRefused: sample.pidsRefused > (previous?.sample.pidsRefused ?? 0),
    };
    return { usage, cgroupSample: { at: now, sample } };
  } catch {
    return null; // the group is being removed: the run is ending
  }
}

/** One reading of a run's use: its cgroup's figures when it has one, else its root process's. */
export function readUsage(
  run: { cgroup: AppCgroup | null; pid: number | null; watch: Pick<WatchState, 'lastCgroupSample'> },
  now: number,
): Promise<Reading | null> {
  if (run.cgroup) return sampleCgroup(run.cgroup, run.watch.lastCgroupSample, now);
  return run.pid ? sampleProcess(run.pid) : Promise.resolve(null);
}
