import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line.splitter.js';

function split(chunks: (string | Buffer)[], maxBytes = 100): string[] {
  const lines: string[] = [];
  const splitter = new LineSplitter(maxBytes, (line) => lines.push(line));
  for (const chunk of chunks) splitter.write(chunk);
  splitter.end();
  return lines;
}

describe(LineSplitter.name, () => {
  it('joins lines split across chunks and keeps the unterminated last one', () => {
    expect(split(['hel', 'lo\nwor', 'ld\r\nlast'])).toEqual(['hello', 'world', 'last']);
  });

  it('decodes a multi-byte character split between chunks', () => {
    const bytes = Buffer.from('é\n');
    expect(split([bytes.subarray(0, 1), bytes.subarray(1)])).toEqual(['é']);
  });

  it('emits an endless line once, cut, and skips the rest of it', () => {
    const lines = split(['a'.repeat(150), 'a'.repeat(150), '\nnext\n'], 100);
    expect(lines).toHaveLength(2);
    expect(lines[0]?.length).toBeGreaterThan(100);
    expect(lines[1]).toBe('next');
  });
});
