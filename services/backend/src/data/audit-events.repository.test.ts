import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEventType, Severity } from '@isekai/contracts';
import { openDatabase, type Db } from './database.js';
import { createStore, type Store } from './store.js';

describe('audit events', () => {
  let db: Db;
  let store: Store;
  const add = (type: AuditEventType, severity: Severity, at: string) =>
    store.audit.add({ at, type, severity, actor: 'local', appId: null, message: type, context: {} });

  beforeEach(() => {
    db = openDatabase(':memory:');
    store = createStore(db);
  });
  afterEach(() => db.close());

  it('lists newest first, by type, least severity, time and cursor', () => {
    add('audit', 'info', '2026-01-01T00:00:00.000Z');
    add('auth-failure', 'warning', '2026-01-02T00:00:00.000Z');
    add('module-refused', 'high', '2026-01-03T00:00:00.000Z');
    const types = (events: { type: string }[]) => events.map((event) => event.type);
    expect(types(store.audit.list({ limit: 10 }))).toEqual(['module-refused', 'auth-failure', 'audit']);
    expect(types(store.audit.list({ minSeverity: 'warning', limit: 10 }))).toEqual([
      'module-refused',
      'auth-failure',
    ]);
    expect(types(store.audit.list({ type: 'audit', limit: 10 }))).toEqual(['audit']);
    expect(types(store.audit.list({ since: '2026-01-02T00:00:00.000Z', limit: 10 }))).toHaveLength(2);
    const [newest] = store.audit.list({ limit: 1 });
    expect(types(store.audit.list({ beforeId: newest!.id, limit: 1 }))).toEqual(['auth-failure']);
  });

  it('keeps at most the newest rows, and none older than the bound', () => {
    for (let day = 1; day <= 9; day++) add('audit', 'info', `2026-01-0${day}T00:00:00.000Z`);
    expect(store.audit.prune(5, '2026-01-03T00:00:00.000Z')).toBe(4);
    expect(store.audit.list({ limit: 10 }).map((event) => event.at.slice(8, 10))).toEqual([
      '09',
      '08',
      '07',
      '06',
      '05',
    ]);
    expect(store.audit.prune(5, '2026-01-06T00:00:00.000Z')).toBe(1);
  });
});
