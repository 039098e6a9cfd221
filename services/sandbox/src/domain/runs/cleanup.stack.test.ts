import { describe, expect, it } from 'vitest';
import { CleanupStack } from './cleanup.stack.js';

describe(CleanupStack.name, () => {
  it('gives resources back newest first, waiting for each', async () => {
    const order: string[] = [];
    const stack = new CleanupStack();
    stack.defer('port', () => order.push('port'));
    stack.defer('cgroup', async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      order.push('cgroup');
    });
    stack.defer('pid file', () => order.push('pid file'));
    expect(await stack.run()).toEqual([]);
    expect(order).toEqual(['pid file', 'cgroup', 'port']);
  });

  it('runs once even when called twice, also concurrently', async () => {
    let calls = 0;
    const stack = new CleanupStack();
    stack.defer('port', () => calls++);
    const [first, second] = await Promise.all([stack.run(), stack.run()]);
    await stack.run();
    expect(calls).toBe(1);
    expect(second).toBe(first);
  });

  it('goes on after an undo that throws and reports it by name', async () => {
    const order: string[] = [];
    const stack = new CleanupStack();
    stack.defer('port', () => order.push('port'));
    stack.defer('cgroup', () => Promise.reject(new Error('EBUSY')));
    stack.defer('directory owner', () => {
      throw new Error('EPERM');
    });
    stack.defer('pid file', () => order.push('pid file'));
    const failures = await stack.run();
    expect(order).toEqual(['pid file', 'port']);
    expect(failures.map((failure) => [failure.name, (failure.error as Error).message])).toEqual([
      ['directory owner', 'EPERM'],
      ['cgroup', 'EBUSY'],
    ]);
  });

  it('refuses a resource registered after it ran: that one would never be given back', async () => {
    const stack = new CleanupStack();
    await stack.run();
    expect(() => stack.defer('time limit', () => undefined)).toThrow('already given back');
  });
});
