import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '@isekai/contracts';
import { openDatabase, type Db } from './database.js';
import { SCHEMA_VERSION } from './migrations.js';
import { createStore, type Store } from './store.js';

const plan: Plan = {
  spec: {
    version: 2,
    kind: 'data',
    blueprint: 'composed',
    title: 'Notes',
    description: '',
    collections: [],
    pages: [],
    theme: { mode: 'light', colors: {} },
    options: {},
  },
  summary: 'A notes app.',
  steps: [],
  notes: [],
};
const limits = { memoryMb: 512, cpuPercent: 50, timeoutMs: 300000 };

describe('the SQLite store', () => {
  let dir: string;
  let db: Db;
  let store: Store;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'isekai-store-'));
    db = openDatabase(join(dir, 'isekai.db'));
    store = createStore(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens in WAL mode at the latest schema version, with foreign keys on', () => {
    db.close();
    const raw = new Database(join(dir, 'isekai.db'));
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
    db = openDatabase(join(dir, 'isekai.db'));
    expect(db.first<{ foreign_keys: number }>('PRAGMA foreign_keys')?.foreign_keys).toBe(1);
  });

  it('pages apps newest first by keyset', () => {
    for (const id of ['aaaaaaaaaaa1', 'aaaaaaaaaaa2', 'aaaaaaaaaaa3'])
      store.apps.insertApp({ id, name: id, prompt: 'p', limits, now: '2026-01-01T00:00:00Z' });
    const first = store.apps.listApps({ limit: 2 });
    expect(first.map((a) => a.id)).toEqual(['aaaaaaaaaaa3', 'aaaaaaaaaaa2']);
    expect(store.apps.listApps({ limit: 2, beforeSeq: first[1]!.seq }).map((a) => a.id)).toEqual([
      'aaaaaaaaaaa1',
    ]);
  });

  it('keeps versions and deletes them with the app while its events stay as a tombstone history', () => {
    store.apps.insertApp({ id: 'bbbbbbbbbbbb', name: 'n', prompt: 'p', limits, now: 'now' });
    store.versions.addVersion({
      appId: 'bbbbbbbbbbbb',
      number: 1,
      source: 'create',
      prompt: 'p',
      plan,
      files: { 'a.js': '1' },
      engine: 'offline',
      notes: [],
      createdAt: 'now',
    });
    store.events.addEvent({ appId: 'bbbbbbbbbbbb', type: 'created', message: 'm', at: 'now' });

    expect(store.versions.getVersion('bbbbbbbbbbbb', 1)?.files).toEqual({ 'a.js': '1' });
    expect(store.versions.getPlan('bbbbbbbbbbbb', 1)).toEqual(plan);
    store.versions.deleteVersions('bbbbbbbbbbbb');
    store.apps.markDeleted('bbbbbbbbbbbb', 'later');

    expect(store.apps.getAppById('bbbbbbbbbbbb')).toBeUndefined();
    expect(store.apps.appExists('bbbbbbbbbbbb')).toBe(true);
    expect(store.versions.latestVersionNumber('bbbbbbbbbbbb')).toBe(0);
    expect(store.events.listEvents('bbbbbbbbbbbb')).toHaveLength(1);
  });

  it('serves a stored plan again without reading it, and forgets it when the versions are deleted', () => {
    store.apps.insertApp({ id: 'cccccccccccc', name: 'n', prompt: 'p', limits, now: 'now' });
    store.versions.addVersion({
      appId: 'cccccccccccc',
      number: 1,
      source: 'create',
      prompt: 'p',
      plan,
      files: {},
      engine: null,
      notes: [],
      createdAt: 'now',
    });

    const first = store.versions.getPlan('cccccccccccc', 1);
    expect(store.versions.getPlan('cccccccccccc', 1)).toBe(first);
    store.versions.deleteVersions('cccccccccccc');
    expect(store.versions.getPlan('cccccccccccc', 1)).toBeUndefined();
  });

  it('answers reads from parsed rows that every write to the app replaces', () => {
    for (const id of ['dddddddddd01', 'dddddddddd02'])
      store.apps.insertApp({ id, name: id, prompt: 'p', limits, now: 't0' });
    const before = store.apps.getAppById('dddddddddd01');
    expect(store.apps.getAppById('dddddddddd01')).toBe(before);
    expect(store.apps.listApps({ limit: 5 }).map((a) => a.status)).toEqual(['planning', 'planning']);

    store.apps.updateApp('dddddddddd01', { status: 'running', port: 9001 }, 't1');
    expect(store.apps.getAppById('dddddddddd01')).toMatchObject({
      status: 'running',
      port: 9001,
      updatedAt: 't1',
    });
    expect(store.apps.listApps({ limit: 5 }).map((a) => [a.id, a.status])).toEqual([
      ['dddddddddd02', 'planning'],
      ['dddddddddd01', 'running'],
    ]);
    expect(store.apps.listApps({ limit: 5, status: 'running' }).map((a) => a.id)).toEqual(['dddddddddd01']);
    expect(store.apps.listLiveApps().map((a) => a.port)).toEqual([9001, null]);

    store.apps.markDeleted('dddddddddd02', 't2');
    expect(store.apps.getAppById('dddddddddd02')).toBeUndefined();
    expect(store.apps.listApps({ limit: 5 }).map((a) => a.id)).toEqual(['dddddddddd01']);
  });

  it('never keeps a row read inside a transaction that rolls back', () => {
    store.apps.insertApp({ id: 'eeeeeeeeeeee', name: 'n', prompt: 'p', limits, now: 't0' });
    expect(store.apps.getAppById('eeeeeeeeeeee')?.status).toBe('planning');
    expect(() =>
      db.transaction(() => {
        store.apps.updateApp('eeeeeeeeeeee', { status: 'running' }, 't1');
        expect(store.apps.getAppById('eeeeeeeeeeee')?.status).toBe('running');
        expect(store.apps.listApps({ limit: 5 })[0]?.status).toBe('running');
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(store.apps.getAppById('eeeeeeeeeeee')?.status).toBe('planning');
    expect(store.apps.listApps({ limit: 5 })[0]?.status).toBe('planning');
  });

  it('refuses a version for an app that does not exist', () => {
    expect(() =>
      store.versions.addVersion({
        appId: 'nonexistent00',
        number: 1,
        source: 'create',
        prompt: null,
        plan,
        files: {},
        engine: null,
        notes: [],
        createdAt: 'now',
      }),
    ).toThrow(/FOREIGN KEY/);
  });
});
