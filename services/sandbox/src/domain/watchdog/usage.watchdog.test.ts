import { describe, expect, it } from 'vitest';
import { createRecord, type AppRecord, type AppRun } from '../apps/app.record.js';
import { judgeUsage } from './usage.watchdog.js';

function aRecordWithRun(): AppRecord {
  const record = createRecord(
    'abcdef123456',
    'server.js',
    { memoryMb: 64, cpuPercent: 50, timeoutMs: 60000 },
    { maxLines: 10, maxLineBytes: 100 },
  );
  record.run = { usage: { memoryMb: 0, cpuPercent: 0 }, cpuOverSince: null } as AppRun;
  return record;
}

describe(judgeUsage.name, () => {
  it('kills at once above the memory limit and names both figures', () => {
    const verdict = judgeUsage(aRecordWithRun(), { memoryMb: 71, cpuPercent: 1 }, 0, 1000);
    expect(verdict).toMatchObject({ reason: 'memory-limit', status: 'killed' });
    expect(verdict?.message).toContain('memory limit 64 MB exceeded (71 MB)');
  });

  it('tolerates CPU above the limit for the grace period, then kills', () => {
    const record = aRecordWithRun();
    expect(judgeUsage(record, { memoryMb: 10, cpuPercent: 99 }, 0, 1000)).toBeNull();
    expect(judgeUsage(record, { memoryMb: 10, cpuPercent: 99 }, 1000, 1000)).toBeNull();
    expect(judgeUsage(record, { memoryMb: 10, cpuPercent: 99 }, 1001, 1000)).toMatchObject({
      reason: 'cpu-limit',
      status: 'killed',
    });
  });

  it('starts the grace period again after a sample under the limit', () => {
    const record = aRecordWithRun();
    judgeUsage(record, { memoryMb: 10, cpuPercent: 99 }, 0, 1000);
    judgeUsage(record, { memoryMb: 10, cpuPercent: 10 }, 900, 1000);
    expect(judgeUsage(record, { memoryMb: 10, cpuPercent: 99 }, 1500, 1000)).toBeNull();
  });

  it('never kills for CPU where a cgroup quota holds the app, however long it is throttled', () => {
    const record = aRecordWithRun();
    expect(judgeUsage(record, { memoryMb: 10, cpuPercent: 52, throttled: true }, 0, 1000)).toBeNull();
    expect(judgeUsage(record, { memoryMb: 10, cpuPercent: 52, throttled: true }, 60_000, 1000)).toBeNull();
    expect(record.run?.usage.cpuPercent).toBe(52);
  });

  it('still kills for memory under a cgroup', () => {
    const verdict = judgeUsage(
      aRecordWithRun(),
      { memoryMb: 10, cpuPercent: 50, throttled: true, oomKilled: true },
      0,
      1000,
    );
    expect(verdict).toMatchObject({ reason: 'memory-limit', status: 'killed' });
  });
});
