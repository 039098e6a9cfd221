import { describe, expect, it } from 'vitest';
import { createAppLocks } from './app-locks.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createAppLocks', () => {
  it('runs work for one app one after another, even when a step fails', async () => {
    const locks = createAppLocks();
    const order: string[] = [];
    const first = locks.run('a', async () => {
      await tick(20);
      order.push('first');
      throw new Error('boom');
    });
    const second = locks.run('a', () => {
      order.push('second');
      return Promise.resolve(2);
    });

    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBe(2);
    expect(order).toEqual(['first', 'second']);
  });

  it('runs different apps side by side and reports when an app is busy', async () => {
    const locks = createAppLocks();
    const order: string[] = [];
    const slow = locks.run('a', async () => {
      await tick(30);
      order.push('a');
    });
    const fast = locks.run('b', () => {
      order.push('b');
      return Promise.resolve();
    });
    expect(locks.isBusy('a')).toBe(true);
    await Promise.all([slow, fast]);
    await locks.idle();
    expect(order).toEqual(['b', 'a']);
    expect(locks.isBusy('a')).toBe(false);
  });
});
