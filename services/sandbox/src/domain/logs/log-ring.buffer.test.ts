import { describe, expect, it } from 'vitest';
import { cutLine, LogRing } from './log-ring.buffer.js';

function aRing(overrides: Partial<{ maxLines: number; maxLineBytes: number }> = {}) {
  return new LogRing({ maxLines: 3, maxLineBytes: 10, ...overrides });
}

describe(LogRing.name, () => {
  describe('add', () => {
    it('keeps only the last maxLines lines and counts the dropped ones', () => {
      const ring = aRing();
      for (const text of ['a', 'b', 'c', 'd', 'e']) ring.add('stdout', text);
      const { lines, dropped } = ring.tail();
      expect(lines.map((l) => l.line)).toEqual(['c', 'd', 'e']);
      expect(lines.map((l) => l.seq)).toEqual([3, 4, 5]);
      expect(dropped).toBe(2);
    });

    it('cuts a line longer than maxLineBytes', () => {
      const ring = aRing();
      ring.add('stderr', 'x'.repeat(50));
      expect(ring.tail().lines[0]?.line).toBe('x'.repeat(10));
    });

    it('tells subscribers about each line until they unsubscribe', () => {
      const ring = aRing();
      const seen: string[] = [];
      const unsubscribe = ring.subscribe((l) => seen.push(l.line));
      ring.add('stdout', 'one');
      unsubscribe();
      ring.add('stdout', 'two');
      expect(seen).toEqual(['one']);
    });
  });

  describe('tail', () => {
    it('returns the last n lines', () => {
      const ring = aRing({ maxLines: 10 });
      for (const text of ['a', 'b', 'c', 'd']) ring.add('stdout', text);
      expect(ring.tail(2).lines.map((l) => l.line)).toEqual(['c', 'd']);
    });
  });

  describe('lastOf', () => {
    it('returns only the given stream after a sequence number', () => {
      const ring = aRing({ maxLines: 10 });
      ring.add('stderr', 'old error');
      const since = ring.lastSeq;
      ring.add('stdout', 'out');
      ring.add('stderr', 'new error');
      expect(ring.lastOf('stderr', 5, since)).toEqual(['new error']);
    });
  });
});

describe(cutLine.name, () => {
  it('leaves a short line alone', () => {
    expect(cutLine('hello', 10)).toBe('hello');
  });

  it('never ends in half a multi-byte character', () => {
    const cut = cutLine('ééééé', 5); // 2 bytes each: 5 bytes ends inside the third
    expect(cut).toBe('éé');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(5);
  });
});
