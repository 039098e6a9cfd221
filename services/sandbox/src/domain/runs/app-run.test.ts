import { describe, expect, it, vi } from 'vitest';
import type { Logger } from '@isekai/service-kit';
import { LogRing } from '../logs/log-ring.buffer.js';
import { AppRun } from './app-run.js';

function aRun() {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() } as unknown as Logger;
  const onChange = vi.fn();
  const run = new AppRun({
    id: 'abcdef123456',
    limits: { memoryMb: 64, cpuPercent: 50, timeoutMs: 60000 },
    logs: new LogRing({ maxLines: 10, maxLineBytes: 200 }),
    startTimeoutMs: 1000,
    logger,
    onChange,
  });
  return { run, logger, onChange };
}

describe(AppRun.name, () => {
  it('gives back what a failed launch took, once, and reports the run failed', async () => {
    const { run, logger, onChange } = aRun();
    const given: string[] = [];
    run.cleanup.defer('port', () => given.push('port'));
    run.cleanup.defer('cgroup', () => {
      throw new Error('EBUSY');
    });
    run.cleanup.defer('directory owner', () => given.push('directory owner'));
    await run.abort(new Error('no free port'));
    await run.done;
    expect(given).toEqual(['directory owner', 'port']);
    expect(run.status).toBe('failed');
    expect(run.exit).toMatchObject({ reason: 'start-failed', code: null, signal: null });
    expect(run.exit?.message).toContain('no free port');
    expect(onChange).toHaveBeenCalledOnce();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.objectContaining({ failures: [expect.objectContaining({ resource: 'cgroup' })] }),
      expect.any(String),
    );
  });

  it('goes from failed to stopped once, and refuses to mark a live run stopped', async () => {
    const live = aRun().run;
    expect(() => live.markStopped()).toThrow('live run');
    const { run, onChange } = aRun();
    await run.abort(new Error('spawn EACCES'));
    run.markStopped();
    run.markStopped();
    expect(run.status).toBe('stopped');
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('keeps the watchdog figures it is given, and none once the run is over', async () => {
    const { run } = aRun();
    const next = { ...run.watch, usage: { memoryMb: 12, cpuPercent: 3 } };
    await run.applyVerdict(next, null);
    expect(run.watch.usage).toEqual({ memoryMb: 12, cpuPercent: 3 });
    await run.abort(new Error('gone'));
    await run.applyVerdict({ ...next, usage: { memoryMb: 99, cpuPercent: 99 } }, null);
    expect(run.watch.usage).toEqual({ memoryMb: 12, cpuPercent: 3 });
  });
});
