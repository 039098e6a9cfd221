import { describe, expect, it } from 'vitest';
import { judgeDisk, judgeUsage } from './usage.watchdog.js';

const limits = { memoryMb: 64, cpuPercent: 50, timeoutMs: 60000 };

describe(judgeUsage.name, () => {
  it('kills at once above the memory limit and names both figures', () => {
    const { breach } = judgeUsage(limits, { memoryMb: 71, cpuPercent: 1 }, null, 0, 1000);
    expect(breach).toMatchObject({ reason: 'memory-limit', status: 'killed' });
    expect(breach?.message).toContain('memory limit 64 MB exceeded (71 MB)');
  });

  it('tolerates CPU above the limit for the grace period, then kills', () => {
    const busy = { memoryMb: 10, cpuPercent: 99 };
    const first = judgeUsage(limits, busy, null, 0, 1000);
    expect(first).toEqual({ cpuOverSince: 0, breach: null });
    const second = judgeUsage(limits, busy, first.cpuOverSince, 1000, 1000);
    expect(second.breach).toBeNull();
    expect(judgeUsage(limits, busy, second.cpuOverSince, 1001, 1000).breach).toMatchObject({
      reason: 'cpu-limit',
      status: 'killed',
    });
  });

  it('starts the grace period again after a sample under the limit', () => {
    const first = judgeUsage(limits, { memoryMb: 10, cpuPercent: 99 }, null, 0, 1000);
    const calm = judgeUsage(limits, { memoryMb: 10, cpuPercent: 10 }, first.cpuOverSince, 900, 1000);
    expect(calm.cpuOverSince).toBeNull();
    expect(judgeUsage(limits, { memoryMb: 10, cpuPercent: 99 }, calm.cpuOverSince, 1500, 1000)).toEqual({
      cpuOverSince: 1500,
      breach: null,
    });
  });

  it('never kills for CPU where a cgroup quota holds the app, however long it is throttled', () => {
    const throttled = { memoryMb: 10, cpuPercent: 52, throttled: true };
    const first = judgeUsage(limits, throttled, null, 0, 1000);
    expect(first).toEqual({ cpuOverSince: null, breach: null });
    expect(judgeUsage(limits, throttled, first.cpuOverSince, 60_000, 1000).breach).toBeNull();
  });

  it('still kills for memory under a cgroup', () => {
    const { breach } = judgeUsage(
      limits,
      { memoryMb: 10, cpuPercent: 50, throttled: true, oomKilled: true },
      null,
      0,
      1000,
    );
    expect(breach).toMatchObject({ reason: 'memory-limit', status: 'killed' });
  });

  it('changes nothing it is given: the same input gives the same verdict', () => {
    const sample = { memoryMb: 10, cpuPercent: 99 };
    expect(judgeUsage(limits, sample, 0, 500, 1000)).toEqual(judgeUsage(limits, sample, 0, 500, 1000));
    expect(sample).toEqual({ memoryMb: 10, cpuPercent: 99 });
  });
});

describe(judgeDisk.name, () => {
  it('kills only past the cap', () => {
    expect(judgeDisk(256 * 1024 * 1024, 256)).toBeNull();
    expect(judgeDisk(256 * 1024 * 1024 + 1, 256)).toMatchObject({ reason: 'disk-limit', status: 'killed' });
  });
});
