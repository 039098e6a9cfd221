import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SPEC_VERSION, type AppSpecV1 } from '@isekai/contracts';
import { openDatabase } from './database.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import { createStore } from './store.js';

/** The schema before stored plans were moved to spec v2. */
const BEFORE_SPEC_V2 = 2;

const v1Spec: AppSpecV1 = {
  kind: 'data',
  blueprint: 'data-app',
  title: 'Books',
  description: 'A reading list.',
  entities: [
    {
      name: 'book',
      label: 'Book',
      plural: 'Books',
      fields: [
        { name: 'title', label: 'Title', type: 'text', required: true },
        { name: 'pages', label: 'Pages', type: 'number' },
      ],
    },
  ],
  features: ['search'],
  theme: 'dark',
  options: {},
};

function planJson(spec: unknown): string {
  return JSON.stringify({ spec, summary: 'A reading list.', steps: ['planned'], notes: [] });
}

describe('migrating stored plans to spec v2', () => {
  let dir: string;
  let path: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'isekai-migrate-'));
    path = join(dir, 'isekai.db');
    const raw = new Database(path);
    migrate(raw, BEFORE_SPEC_V2);
    raw
      .prepare(
        `INSERT INTO apps (id, name, prompt, status, desired_state, current_version, limits_json, created_at, updated_at)
         VALUES ('aaaaaaaaaaa1', 'Books', 'a reading list', 'running', 'running', 2, '{}', 't', 't')`,
      )
      .run();
    const insert = raw.prepare(
      `INSERT INTO versions (app_id, number, source, prompt, plan_json, files_json, engine, notes_json, created_at)
       VALUES ('aaaaaaaaaaa1', ?, 'create', 'p', ?, '{}', 'offline', '[]', 't')`,
    );
    insert.run(1, planJson(v1Spec));
    insert.run(2, planJson({ something: 'unreadable' }));
    raw.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a v1 plan stored at the previous schema back as v2, and leaves an unreadable one as it was', () => {
    const db = openDatabase(path);
    try {
      const store = createStore(db);
      const plan = store.versions.getVersion('aaaaaaaaaaa1', 1)!.plan;
      expect(plan.spec.version).toBe(SPEC_VERSION);
      expect(plan.spec.title).toBe('Books');
      expect(plan.spec.theme.mode).toBe('dark');
      expect(plan.spec.collections.map((c) => c.name)).toEqual(['book']);
      expect(plan.spec.collections[0]!.fields.map((f) => f.name)).toEqual(['title', 'pages']);
      expect(plan.spec.pages.length).toBeGreaterThan(0);
      expect(plan).toMatchObject({ summary: 'A reading list.', steps: ['planned'] });
      expect(
        db.first<{ plan_json: string }>('SELECT plan_json FROM versions WHERE number = 2')?.plan_json,
      ).toBe(planJson({ something: 'unreadable' }));
    } finally {
      db.close();
    }
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
  });
});

describe('migrating keys to roles and tiers', () => {
  it('makes every earlier key a user of the default tier, and adds the audit trail', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isekai-migrate-'));
    const path = join(dir, 'isekai.db');
    try {
      const raw = new Database(path);
      migrate(raw, 3);
      raw
        .prepare(
          "INSERT INTO api_keys (id, name, secret_hash, max_apps, created_at) VALUES ('key_aaaaaaaa', 'ci', 'h', NULL, 't')",
        )
        .run();
      raw.close();
      const db = openDatabase(path);
      try {
        const store = createStore(db);
        expect(store.keys.findById('key_aaaaaaaa')).toMatchObject({
          role: 'user',
          tier: null,
          maxApps: null,
        });
        store.audit.add({
          at: 't',
          type: 'audit',
          severity: 'info',
          actor: 'cli',
          appId: null,
          message: 'm',
          context: {},
        });
        expect(store.audit.list({ limit: 5 })).toHaveLength(1);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
