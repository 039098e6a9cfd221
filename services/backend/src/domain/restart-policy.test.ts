import { describe, expect, it } from 'vitest';
import { createRestartPolicy } from './restart-policy.js';

describe('createRestartPolicy', () => {
  it('restarts with doubling back-off, then gives up after maxRestarts', () => {
    const policy = createRestartPolicy({ maxRestarts: 2, backoffMs: 100 });

    expect(policy.next('a', 0)).toBe('restart');
    expect(policy.next('a', 50)).toBe('wait');
    expect(policy.next('a', 100)).toBe('restart');
    expect(policy.next('a', 250)).toBe('wait');
    expect(policy.next('a', 300)).toBe('give-up');
    expect(policy.next('a', 300)).toBe('restart');
  });

  it('starts counting again after a stable run', () => {
    const policy = createRestartPolicy({ maxRestarts: 1, backoffMs: 0, stableMs: 1000 });
    expect(policy.next('a', 0)).toBe('restart');
    policy.noteRunning('a', 999);
    expect(policy.next('a', 1)).toBe('give-up');
    expect(policy.next('a', 2)).toBe('restart');
    policy.noteRunning('a', 1000);
    expect(policy.next('a', 3)).toBe('restart');
  });

  it('counts each app on its own', () => {
    const policy = createRestartPolicy({ maxRestarts: 1, backoffMs: 0 });
    expect(policy.next('a', 0)).toBe('restart');
    expect(policy.next('b', 0)).toBe('restart');
    expect(policy.next('a', 0)).toBe('give-up');
  });
});
