import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';

type Params = Record<string, unknown> | unknown[];

/** The one typed wrapper over better-sqlite3: prepared statements (cached by SQL), nothing else. */
export interface Db {
  all<T>(sql: string, params?: Params): T[];
  first<T>(sql: string, params?: Params): T | undefined;
  /** The first column of every row. */
  column<T>(sql: string, params?: Params): T[];
  run(sql: string, params?: Params): { changes: number; lastInsertRowid: number | bigint };
  transaction<T>(work: () => T): T;
  inTransaction(): boolean;
  checkpoint(): void;
  journalMode(): string;
  close(): void;
}

function bind(params: Params | undefined): unknown[] {
  if (params === undefined) return [];
  return Array.isArray(params) ? params : [params];
}

export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // WAL makes NORMAL durable against crashes of the process; only power loss can drop the last commits.
  sqlite.pragma('synchronous = NORMAL');
  migrate(sqlite);

  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = sqlite.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    all: <T>(sql: string, params?: Params) => prepare(sql).all(...bind(params)) as T[],
    first: <T>(sql: string, params?: Params) => prepare(sql).get(...bind(params)) as T | undefined,
    column: <T>(sql: string, params?: Params) =>
      prepare(sql)
        .pluck(true)
        .all(...bind(params)) as T[],
    run: (sql, params) => prepare(sql).run(...bind(params)),
    transaction: (work) => sqlite.transaction(work)(),
    inTransaction: () => sqlite.inTransaction,
    checkpoint: () => {
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    },
    journalMode: () => String(sqlite.pragma('journal_mode', { simple: true })),
    close: () => {
      if (!sqlite.open) return;
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      sqlite.close();
    },
  };
}
