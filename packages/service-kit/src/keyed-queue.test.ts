import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedQueue', () => {
  it('runs the tasks of one key one after another, even when a step fails', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const first = queue.run('a', async () => {
      await tick(20);
      order.push('first');
      throw new Error('boom');
    });
    const second = queue.run('a', () => {
      order.push('second');
      return Promise.resolve(2);
    });

    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBe(2);
    expect(order).toEqual(['first', 'second']);
  });

  it('runs different keys side by side and reports when a key is busy', async () => {
    const queue = new KeyedQueue();
    const order: string[] = [];
    const slow = queue.run('a', async () => {
      await tick(30);
      order.push('a');
    });
    const fast = queue.run('b', () => {
      order.push('b');
      return Promise.resolve();
    });
    expect(queue.isBusy('a')).toBe(true);
    await Promise.all([slow, fast]);
    await queue.idle();
    expect(order).toEqual(['b', 'a']);
    expect(queue.isBusy('a')).toBe(false);
  });
});
