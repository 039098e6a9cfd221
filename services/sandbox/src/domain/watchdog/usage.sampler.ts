import pidusage from 'pidusage';
import type { AppRun } from '../apps/app.record.js';

export interface UsageSample {
  memoryMb: number;
  cpuPercent: number;
  /** The cgroup's CPU quota held the app back since the last sample: it wanted more than its limit. */
  throttled?: boolean;
  /** The kernel's OOM killer has ended a process of this run. */
  oomKilled?: boolean;
}

const MB = 1024 * 1024;

async function sampleProcess(pid: number): Promise<UsageSample | null> {
  try {
    const stat = await pidusage(pid);
    return { memoryMb: Math.round(stat.memory / MB), cpuPercent: Math.round(stat.cpu) };
  } catch {
    return null; // gone between the listing and the sample: its exit handler reports it
  }
}

/**
 * The whole cgroup rather than one pid: under bubblewrap the root pid is bwrap itself, and a forking
 * app spreads its use over many processes. CPU is the cumulative time's growth since the last sample.
 */
async function sampleCgroup(run: AppRun, now: number): Promise<UsageSample | null> {
  const cgroup = run.cgroup!;
  try {
    const [sample, oomKills] = await Promise.all([cgroup.sample(), cgroup.oomKills()]);
    const previous = run.lastCgroupSample;
    run.lastCgroupSample = { at: now, sample };
    const elapsedNs = previous ? (now - previous.at) * 1e6 : 0;
    return {
      memoryMb: Math.round(sample.memoryBytes / MB),
      cpuPercent:
        previous && elapsedNs > 0
          ? Math.round(((sample.cpuUsageNs - previous.sample.cpuUsageNs) / elapsedNs) * 100)
          : 0,
      throttled: previous ? sample.throttledPeriods > previous.sample.throttledPeriods : false,
      oomKilled: oomKills > 0,
    };
  } catch {
    return null; // the group is being removed: the run is ending
  }
}

export function sampleRun(run: AppRun, now: number): Promise<UsageSample | null> {
  if (run.cgroup) return sampleCgroup(run, now);
  const pid = run.process.pid;
  return pid ? sampleProcess(pid) : Promise.resolve(null);
}
