import { describe, expect, it } from 'vitest';
import { sameFiles } from './version-store.js';

describe(sameFiles.name, () => {
  const files = { 'manifest.json': '{"entry":"server.js"}', 'server.js': 'listen()' };

  it('holds for the same paths and contents, in any order', () => {
    expect(sameFiles(files, { 'server.js': 'listen()', 'manifest.json': '{"entry":"server.js"}' })).toBe(
      true,
    );
  });

  it('fails on a changed content, an added file or a removed one', () => {
    expect(sameFiles(files, { ...files, 'server.js': 'listen(1)' })).toBe(false);
    expect(sameFiles(files, { ...files, 'style.css': '' })).toBe(false);
    expect(sameFiles(files, { 'server.js': 'listen()' })).toBe(false);
    expect(sameFiles({ 'a.js': '' }, { 'b.js': '' })).toBe(false);
  });
});
