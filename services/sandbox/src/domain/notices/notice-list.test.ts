import { describe, expect, it } from 'vitest';
import { NoticeList } from './notice-list.js';
import { refusalIn } from './output-refusals.js';

describe('refusalIn', () => {
  it('names what the sandbox refused in a line of output', () => {
    expect(
      refusalIn(
        `Error: Cannot require "left-pad": Isekai apps may use Node's built-in modules and only these packages: preact.`,
      ),
    ).toBe('module-refused');
    expect(refusalIn("  code: 'ERR_ACCESS_DENIED',")).toBe('permission-denied');
    expect(refusalIn('Error: spawn EAGAIN')).toBe('process-limit');
    expect(refusalIn('listening on 9000')).toBeNull();
  });
});

describe('NoticeList', () => {
  it('folds repeats of a kind, keeps the latest twenty, and tells each new one', () => {
    const told: string[] = [];
    const list = new NoticeList((notice) => told.push(notice.kind));
    list.add('permission-denied', 'a', 0);
    list.add('permission-denied', 'b', 500);
    list.add('module-refused', 'c', 600);
    expect(list.list().map((n) => [n.seq, n.message])).toEqual([
      [1, 'a'],
      [2, 'c'],
    ]);
    for (let i = 0; i < 30; i++) list.add('cpu-limit', String(i), 10_000 + i * 5000);
    expect(list.list()).toHaveLength(20);
    expect(list.list().at(-1)?.seq).toBe(32);
    expect(told).toHaveLength(32);
  });
});
