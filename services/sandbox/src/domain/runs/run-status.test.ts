import { describe, expect, it } from 'vitest';
import { IllegalTransitionError, isLive, transition } from './run-status.js';

describe(transition.name, () => {
  it.each([
    ['starting', 'running'],
    ['starting', 'failed'],
    ['starting', 'stopped'],
    ['starting', 'killed'],
    ['running', 'stopped'],
    ['running', 'exited'],
    ['running', 'expired'],
    ['running', 'killed'],
    ['exited', 'stopped'],
    ['expired', 'stopped'],
    ['killed', 'stopped'],
    ['failed', 'stopped'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(transition(from, to)).toBe(to);
  });

  it.each([
    ['starting', 'exited'],
    ['starting', 'expired'],
    ['starting', 'starting'],
    ['running', 'failed'],
    ['running', 'starting'],
    ['running', 'running'],
    ['stopped', 'running'],
    ['stopped', 'stopped'],
    ['exited', 'running'],
    ['failed', 'killed'],
  ] as const)('refuses %s → %s with an error naming both', (from, to) => {
    expect(() => transition(from, to)).toThrow(IllegalTransitionError);
    expect(() => transition(from, to)).toThrow(`from ${from} to ${to}`);
  });
});

describe(isLive.name, () => {
  it('is true only while starting or running', () => {
    expect(['starting', 'running'].every((status) => isLive(status as 'starting'))).toBe(true);
    expect(
      ['stopped', 'exited', 'expired', 'killed', 'failed'].some((status) => isLive(status as 'stopped')),
    ).toBe(false);
  });
});
