import { describe, expect, it } from 'vitest';
import { StartGate } from './start.gate.js';

describe('StartGate', () => {
  it('runs at most `limit` tasks at once, the others in order as slots free', async () => {
    const gate = new StartGate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const releases: (() => void)[] = [];
    const tasks = [0, 1, 2, 3, 4].map((i) =>
      gate.run(async () => {
        running++;
        most = Math.max(most, running);
        order.push(i);
        await new Promise<void>((resolve) => releases.push(resolve));
        running--;
        return i;
      }),
    );
    for (let done = 0; done < 5; done++) {
      await new Promise((resolve) => setImmediate(resolve));
      releases.shift()!();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('frees the slot of a task that fails', async () => {
    const gate = new StartGate(1);
    await expect(gate.run(() => Promise.reject(new Error('no port')))).rejects.toThrow('no port');
    expect(await gate.run(() => Promise.resolve('next'))).toBe('next');
  });
});
