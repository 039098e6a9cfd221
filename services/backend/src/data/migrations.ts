import type Database from 'better-sqlite3';
import { readSpec, SPEC_VERSION } from '@isekai/contracts';

/** SQL, or a step that needs code (rewriting stored JSON); either runs inside the migration's transaction. */
type Migration = string | ((sqlite: Database.Database) => void);

/**
 * Stored plans written before AppSpec v2 get their spec migrated (`readSpec`), so everything that reads a
 * plan back (listings, changes sent to the planner) sees one shape. A spec that cannot be read is left as
 * it was rather than lost; v2 specs are left byte for byte.
 */
function migratePlansToSpecV2(sqlite: Database.Database): void {
  const rows = sqlite.prepare('SELECT app_id, number, plan_json FROM versions').all() as {
    app_id: string;
    number: number;
    plan_json: string;
  }[];
  const update = sqlite.prepare('UPDATE versions SET plan_json = ? WHERE app_id = ? AND number = ?');
  for (const row of rows) {
    let plan: { spec?: { version?: unknown } } | null;
    try {
      plan = JSON.parse(row.plan_json) as { spec?: { version?: unknown } } | null;
    } catch {
      continue;
    }
    if (!plan || typeof plan !== 'object' || plan.spec?.version === SPEC_VERSION) continue;
    const spec = readSpec(plan.spec);
    if (spec) update.run(JSON.stringify({ ...plan, spec }), row.app_id, row.number);
  }
}

/** Schema by version: each entry moves `user_version` from its index to index + 1. Never edit a shipped one. */
const MIGRATIONS: Migration[] = [
  `
  CREATE TABLE apps (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    prompt TEXT NOT NULL,
    status TEXT NOT NULL,
    desired_state TEXT NOT NULL CHECK (desired_state IN ('running', 'stopped')),
    current_version INTEGER NOT NULL DEFAULT 0,
    port INTEGER,
    engine TEXT,
    limits_json TEXT NOT NULL,
    error_code TEXT,
    error_message TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT
  );
  CREATE INDEX apps_status ON apps (status, seq);

  CREATE TABLE versions (
    app_id TEXT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    source TEXT NOT NULL,
    prompt TEXT,
    plan_json TEXT NOT NULL,
    files_json TEXT NOT NULL,
    engine TEXT,
    notes_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (app_id, number)
  );

  CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    app_id TEXT NOT NULL REFERENCES apps (id),
    type TEXT NOT NULL,
    message TEXT NOT NULL,
    data_json TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX events_app ON events (app_id, id);
  `,
  // API keys: only a hash of each secret is stored; an app belongs to the key that created it (NULL when
  // it was created with keys off).
  `
  CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    secret_hash TEXT NOT NULL UNIQUE,
    max_apps INTEGER,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  ALTER TABLE apps ADD COLUMN owner_key_id TEXT REFERENCES api_keys (id);
  CREATE INDEX apps_owner ON apps (owner_key_id, seq);
  `,
  migratePlansToSpecV2,
  // Roles and tiers: every key made before is a `user` of the default tier (NULL). Audit and security
  // events: who changed what, and what was refused or stopped, kept within a retention bound.
  `
  ALTER TABLE api_keys ADD COLUMN role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('admin', 'user'));
  ALTER TABLE api_keys ADD COLUMN tier TEXT;
  CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    type TEXT NOT NULL,
    severity INTEGER NOT NULL,
    actor TEXT NOT NULL,
    app_id TEXT,
    message TEXT NOT NULL,
    context_json TEXT
  );
  CREATE INDEX audit_events_type ON audit_events (type, id);
  CREATE INDEX audit_events_at ON audit_events (at);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the schema to `target` (the latest unless a test wants an older one to migrate from). */
export function migrate(sqlite: Database.Database, target = MIGRATIONS.length): void {
  const current = Number(sqlite.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The database schema (version ${current}) is newer than this Isekai (${MIGRATIONS.length}); upgrade Isekai.`,
    );
  }
  for (let version = current; version < target; version++) {
    sqlite.transaction(() => {
      const migration = MIGRATIONS[version] as Migration;
      if (typeof migration === 'string') sqlite.exec(migration);
      else migration(sqlite);
      sqlite.pragma(`user_version = ${version + 1}`);
    })();
  }
}
