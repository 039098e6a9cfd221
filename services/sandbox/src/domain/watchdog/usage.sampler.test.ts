import { describe, expect, it } from 'vitest';
import type { AppCgroup, CgroupSample } from '../cgroups/cgroup.types.js';
import { readUsage } from './usage.sampler.js';

/** A cgroup whose figures the test sets. */
function fakeCgroup(samples: CgroupSample[]): AppCgroup {
  return {
    procsFiles: [],
    sample: () => Promise.resolve(samples.shift() as CgroupSample),
    oomKills: () => Promise.resolve(0),
    peakBytes: () => Promise.resolve(null),
    killAll: () => Promise.resolve(),
    remove: () => Promise.resolve(),
  };
}

const figures = (pidsRefused: number): CgroupSample => ({
  memoryBytes: 32 * 1024 * 1024,
  cpuUsageNs: 0,
  throttledPeriods: 0,
  pidsRefused,
});

describe(readUsage.name, () => {
  it('tells when the pids limit refused a fork since the last sample, and only then', async () => {
    const cgroup = fakeCgroup([figures(0), figures(3), figures(3)]);
    const first = await readUsage({ cgroup, pid: 1, watch: { lastCgroupSample: null } }, 0);
    expect(first?.usage).toMatchObject({ memoryMb: 32, pidsRefused: false });
    const second = await readUsage(
      { cgroup, pid: 1, watch: { lastCgroupSample: first!.cgroupSample } },
      1000,
    );
    expect(second?.usage.pidsRefused).toBe(true);
    const third = await readUsage(
      { cgroup, pid: 1, watch: { lastCgroupSample: second!.cgroupSample } },
      2000,
    );
    expect(third?.usage.pidsRefused).toBe(false);
  });
});
