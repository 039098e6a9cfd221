import { describe, expect, it } from 'vitest';
import { treeOrder } from './files-panel.js';

describe(treeOrder.name, () => {
  it('puts folders first, each followed by its files, indented by depth', () => {
    expect(treeOrder(['server.js', 'public/index.html', 'manifest.json', 'public/app.js'])).toEqual([
      { path: 'public', depth: 0, folder: true },
      { path: 'public/app.js', depth: 1, folder: false },
      { path: 'public/index.html', depth: 1, folder: false },
      { path: 'manifest.json', depth: 0, folder: false },
      { path: 'server.js', depth: 0, folder: false },
    ]);
  });
});
