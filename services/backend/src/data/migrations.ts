import type Database from 'better-sqlite3';

/** Schema by version: each entry moves `user_version` from its index to index + 1. Never edit a shipped one. */
const MIGRATIONS: string[] = [
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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function migrate(sqlite: Database.Database): void {
  const current = Number(sqlite.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(
      `The database schema (version ${current}) is newer than this Isekai (${MIGRATIONS.length}); upgrade Isekai.`,
    );
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    sqlite.transaction(() => {
      sqlite.exec(MIGRATIONS[version] as string);
      sqlite.pragma(`user_version = ${version + 1}`);
    })();
  }
}
