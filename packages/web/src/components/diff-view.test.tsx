import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DiffView, fileChanges } from './diff-view.js';

afterEach(cleanup);

describe(fileChanges.name, () => {
  it('lists added, removed and changed files in path order, and skips equal ones', () => {
    const changes = fileChanges(
      { 'a.js': 'same', 'b.js': 'one\ntwo\n', 'gone.txt': 'x' },
      { 'a.js': 'same', 'b.js': 'one\nthree\n', 'new.css': 'body{}' },
    );

    expect(changes.map((c) => [c.path, c.change])).toEqual([
      ['b.js', 'changed'],
      ['gone.txt', 'removed'],
      ['new.css', 'added'],
    ]);
  });

  it('counts the lines added and removed', () => {
    const [change] = fileChanges({ 'b.js': 'one\ntwo\n' }, { 'b.js': 'one\nthree\nfour\n' });

    expect(change).toMatchObject({ added: 2, removed: 1 });
    expect(change?.hunks[0]?.lines).toEqual([
      { kind: 'same', text: 'one' },
      { kind: 'del', text: 'two' },
      { kind: 'add', text: 'three' },
      { kind: 'add', text: 'four' },
    ]);
  });
});

describe(DiffView.name, () => {
  it('shows each changed file with its added and removed lines', () => {
    render(
      <DiffView
        before={{ 'server.js': 'const rating = 5;\n' }}
        after={{ 'server.js': 'const dueDate = null;\n' }}
        beforeLabel="version 1"
        afterLabel="version 2"
      />,
    );

    expect(screen.getByText('1 file changed from version 1 to version 2.')).toBeTruthy();
    expect(screen.getByText('server.js')).toBeTruthy();
    expect(screen.getByText(/const rating = 5;/).className).toContain('diff-del');
    expect(screen.getByText(/const dueDate = null;/).className).toContain('diff-add');
  });

  it('says so when two versions have the same files', () => {
    render(
      <DiffView
        before={{ 'a.js': 'x' }}
        after={{ 'a.js': 'x' }}
        beforeLabel="version 1"
        afterLabel="version 3"
      />,
    );

    expect(screen.getByText('version 1 and version 3 have the same files.')).toBeTruthy();
  });
});
