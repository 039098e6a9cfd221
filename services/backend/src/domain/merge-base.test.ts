import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileMap, Plan, VersionSource } from '@isekai/contracts';
import { openDatabase, type Db } from '../data/database.js';
import { createStore, type Store } from '../data/store.js';
import { mergeBase } from './merge-base.js';

const APP = 'aaaaaaaaaaaa';
const planOf = (summary: string): Plan => ({
  spec: { blueprint: 'composed' } as Plan['spec'],
  summary,
  steps: [],
  notes: [],
});

describe(mergeBase.name, () => {
  let db: Db;
  let store: Store;
  let number = 0;
  /** Stores the next version the way the backend does: edits and restores copy a plan. */
  const add = (source: VersionSource, plan: Plan, files: FileMap) => {
    number += 1;
    store.versions.addVersion({
      appId: APP,
      number,
      source,
      prompt: null,
      plan,
      files,
      engine: 'offline',
      notes: [],
      createdAt: 'now',
    });
    return store.versions.getVersion(APP, number)!;
  };

  beforeEach(() => {
    db = openDatabase(':memory:');
    store = createStore(db);
    number = 0;
    store.apps.insertApp({
      id: APP,
      name: 'n',
      prompt: 'p',
      limits: { memoryMb: 128, cpuPercent: 50, timeoutMs: 0 },
      now: 'now',
    });
  });
  afterEach(() => db.close());

  const made = { 'server.js': 'listen()', 'public/app.css': 'body {}' };
  const first = planOf('Build a list');

  it('is empty for a version the planner made, whatever release made it', () => {
    expect(mergeBase(store, add('create', first, made))).toEqual({});
  });

  it('turns hand-edited, hand-added and hand-deleted files back into what the planner made', () => {
    add('create', first, made);
    const edited = add('edit', first, { 'server.js': 'listen(1)', 'notes.txt': 'mine' });
    expect(mergeBase(store, edited)).toEqual({
      'server.js': 'listen()',
      'public/app.css': 'body {}',
      'notes.txt': null,
    });
  });

  it('finds the planned version a later change, more edits or a restore started from', () => {
    add('create', first, made);
    const editedFirst = add('edit', first, { ...made, 'server.js': 'listen(1)' });
    const changed = planOf('Changed a list');
    const second = { ...made, 'public/app.css': 'body { color: red }' };
    add('prompt', changed, second);
    const editedSecond = add('edit', changed, { ...second, 'notes.txt': 'mine' });
    const restored = add('restore', first, editedFirst.files);

    expect(mergeBase(store, editedSecond)).toEqual({ 'notes.txt': null });
    expect(mergeBase(store, restored)).toEqual({ 'server.js': 'listen()' });
  });

  it('takes a repair as what the planner made', () => {
    add('create', first, made);
    const repaired = add('repair', planOf('Repaired a list'), { ...made, 'server.js': 'listen(2)' });
    expect(mergeBase(store, add('edit', repaired.plan, made))).toEqual({ 'server.js': 'listen(2)' });
  });

  it('is undefined when no stored planned version has the plan, so the planner renders it again', () => {
    add('create', first, made);
    expect(mergeBase(store, add('edit', planOf('Imported'), made))).toBeUndefined();
  });
});
