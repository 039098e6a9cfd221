import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPortBlock, fileCursor, TEST_APP_PORTS, type PortRange } from './app-ports.js';

const overlap = ([a1, a2]: PortRange, [b1, b2]: PortRange) => a1 <= b2 && b1 <= a2;

describe('app port ranges', () => {
  it('never give two workers the same port', () => {
    const blocks = (TEST_APP_PORTS.last - TEST_APP_PORTS.first + 1) / TEST_APP_PORTS.blockSize;
    const whole = Array.from({ length: blocks }, (_, i) => appPortBlock(i + 1)(TEST_APP_PORTS.blockSize));
    for (const [i, a] of whole.entries()) {
      expect(a[0]).toBeGreaterThanOrEqual(TEST_APP_PORTS.first);
      expect(a[1]).toBeLessThanOrEqual(TEST_APP_PORTS.last);
      for (const b of whole.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it('give one file ranges one after another, and start the block again at its end', () => {
    const take = appPortBlock(2);
    const start = TEST_APP_PORTS.first + TEST_APP_PORTS.blockSize;
    expect(take(100)).toEqual([start, start + 99]);
    expect(take(30)).toEqual([start + 100, start + 129]);
    expect(take(30)).toEqual([start, start + 29]);
  });

  it('give the next file of a worker the ports after those of the file before it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isekai-ports-'));
    try {
      const path = join(dir, 'cursor');
      const first = appPortBlock(1, fileCursor(path));
      expect(first(10)).toEqual([TEST_APP_PORTS.first, TEST_APP_PORTS.first + 9]);
      // A new file is a new process: its block starts from what the cursor file says.
      const second = appPortBlock(1, fileCursor(path));
      expect(second(10)).toEqual([TEST_APP_PORTS.first + 10, TEST_APP_PORTS.first + 19]);
      expect(appPortBlock(2, fileCursor(join(dir, 'other')))(10)[0]).toBe(
        TEST_APP_PORTS.first + TEST_APP_PORTS.blockSize,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a worker past the area and a range larger than a block', () => {
    expect(() => appPortBlock(9)).toThrow(/no app port block/);
    expect(() => appPortBlock(1)(TEST_APP_PORTS.blockSize + 1)).toThrow(/1 to 135 ports/);
  });
});
