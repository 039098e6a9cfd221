import { AppError } from '@isekai/service-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isRestarting, RESTART_WAITS_MS, retryWhileRestarting } from './while-restarting.js';

const unreachable = () =>
  new AppError({
    code: 'planner-unavailable',
    status: 503,
    message: 'down',
    cause: new TypeError('fetch failed'),
  });
const timedOut = () =>
  new AppError({
    code: 'planner-unavailable',
    status: 504,
    message: 'slow',
    cause: new DOMException('timed out', 'TimeoutError'),
  });

describe('retryWhileRestarting', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells a restart (unreachable, stopping) from a slow service or a refusal', () => {
    expect(isRestarting(unreachable())).toBe(true);
    expect(isRestarting(new AppError({ code: 'shutting-down', status: 502, message: 'stopping' }))).toBe(
      true,
    );
    expect(isRestarting(timedOut())).toBe(false);
    expect(isRestarting(new AppError({ code: 'prompt-not-understood', status: 422, message: '?' }))).toBe(
      false,
    );
    expect(isRestarting(new Error('bug'))).toBe(false);
  });

  it('tries again until the service answers', async () => {
    vi.useFakeTimers();
    const call = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(unreachable())
      .mockRejectedValueOnce(unreachable())
      .mockResolvedValue('planned');
    const result = retryWhileRestarting(call);
    await vi.runAllTimersAsync();
    expect(await result).toBe('planned');
    expect(call).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last wait with the service’s own error', async () => {
    vi.useFakeTimers();
    const call = vi.fn<() => Promise<string>>().mockRejectedValue(unreachable());
    const result = retryWhileRestarting(call);
    const settled = expect(result).rejects.toMatchObject({ code: 'planner-unavailable' });
    await vi.runAllTimersAsync();
    await settled;
    expect(call).toHaveBeenCalledTimes(RESTART_WAITS_MS.length + 1);
  });

  it('does not try again after a timeout, or once cancelled', async () => {
    const slow = vi.fn<() => Promise<string>>().mockRejectedValue(timedOut());
    await expect(retryWhileRestarting(slow)).rejects.toMatchObject({ status: 504 });
    expect(slow).toHaveBeenCalledTimes(1);

    const cancel = new AbortController();
    cancel.abort();
    const down = vi.fn<() => Promise<string>>().mockRejectedValue(unreachable());
    await expect(retryWhileRestarting(down, cancel.signal)).rejects.toMatchObject({
      code: 'planner-unavailable',
    });
    expect(down).toHaveBeenCalledTimes(1);
  });
});
