import type { AppLimits, AppStatus, DesiredState } from '@isekai/contracts';
import type { Db } from './database.js';
import { createRowCache } from './row-cache.js';

/** A stored app. Read-only: the repository hands the same parsed row to every reader. */
export interface AppRecord {
  readonly seq: number;
  readonly id: string;
  readonly name: string;
  readonly prompt: string;
  readonly status: AppStatus;
  readonly desiredState: DesiredState;
  readonly currentVersion: number;
  readonly port: number | null;
  readonly engine: string | null;
  readonly limits: AppLimits;
  readonly error: { code: string; message: string } | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The API key that created the app; null when it was created with keys off. */
  readonly ownerKeyId: string | null;
}

interface AppRow {
  seq: number;
  id: string;
  name: string;
  prompt: string;
  status: AppStatus;
  desired_state: DesiredState;
  current_version: number;
  port: number | null;
  engine: string | null;
  limits_json: string;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
  owner_key_id: string | null;
}

function toAppRecord(row: AppRow): AppRecord {
  return {
    seq: row.seq,
    id: row.id,
    name: row.name,
    prompt: row.prompt,
    status: row.status,
    desiredState: row.desired_state,
    currentVersion: row.current_version,
    port: row.port,
    engine: row.engine,
    limits: JSON.parse(row.limits_json) as AppLimits,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ownerKeyId: row.owner_key_id,
  };
}

export interface NewApp {
  id: string;
  name: string;
  prompt: string;
  limits: AppLimits;
  now: string;
  ownerKeyId?: string | null;
}

export type AppChanges = Partial<
  Pick<AppRecord, 'name' | 'status' | 'desiredState' | 'currentVersion' | 'port' | 'engine' | 'error'>
>;

const COLUMNS: Record<Exclude<keyof AppChanges, 'error'>, string> = {
  name: 'name',
  status: 'status',
  desiredState: 'desired_state',
  currentVersion: 'current_version',
  port: 'port',
  engine: 'engine',
};

export interface ListAppsQuery {
  limit: number;
  /** Only apps older than this sequence number (keyset pagination). */
  beforeSeq?: number;
  status?: AppStatus;
  /** Only the apps of this API key (undefined: every app, as with keys off). */
  ownerKeyId?: string;
}

/** Enough parsed rows for every app a busy instance lists and reconciles. */
const ROW_CACHE_SIZE = 5000;

const LIVE = 'deleted_at IS NULL';

export function createAppsRepository(db: Db) {
  const cache = createRowCache<AppRecord>(db, ROW_CACHE_SIZE);

  /** The apps `where` selects, newest or oldest first: ids from SQLite, rows from the cache when all are there. */
  function select(where: string, params: unknown[], order: 'ASC' | 'DESC', limit?: number): AppRecord[] {
    const tail = `WHERE ${where} ORDER BY seq ${order}${limit === undefined ? '' : ' LIMIT ?'}`;
    const bound = limit === undefined ? params : [...params, limit];
    const ids = db.column<string>(`SELECT id FROM apps ${tail}`, bound);
    const cached = ids.map((id) => cache.get(id));
    if (cached.every((app) => app !== undefined)) return cached;
    return db
      .all<AppRow>(`SELECT * FROM apps ${tail}`, bound)
      .map((row) => cache.remember(row.id, toAppRecord(row)));
  }

  return {
    insertApp(app: NewApp): void {
      db.run(
        `INSERT INTO apps (id, name, prompt, status, desired_state, limits_json, created_at, updated_at, owner_key_id)
         VALUES (?, ?, ?, 'planning', 'running', ?, ?, ?, ?)`,
        [app.id, app.name, app.prompt, JSON.stringify(app.limits), app.now, app.now, app.ownerKeyId ?? null],
      );
    },

    getAppById(id: string): AppRecord | undefined {
      const cached = cache.get(id);
      if (cached) return cached;
      const row = db.first<AppRow>(`SELECT * FROM apps WHERE id = ? AND ${LIVE}`, [id]);
      return row && cache.remember(id, toAppRecord(row));
    },

    listApps({ limit, beforeSeq, status, ownerKeyId }: ListAppsQuery): AppRecord[] {
      // Only the conditions asked for, so SQLite walks the primary key (or the status index) from the
      // cursor down: a generic "(? IS NULL OR seq < ?)" made every page scan from the newest app.
      const conditions = [LIVE];
      const params: unknown[] = [];
      if (beforeSeq !== undefined) {
        conditions.push('seq < ?');
        params.push(beforeSeq);
      }
      if (status !== undefined) {
        conditions.push('status = ?');
        params.push(status);
      }
      if (ownerKeyId !== undefined) {
        conditions.push('owner_key_id = ?');
        params.push(ownerKeyId);
      }
      return select(conditions.join(' AND '), params, 'DESC', limit);
    },

    /** Apps the reconciler looks after: every live app, oldest first. */
    listLiveApps(): AppRecord[] {
      return select(LIVE, [], 'ASC');
    },

    updateApp(id: string, changes: AppChanges, now: string): void {
      const sets: string[] = ['updated_at = ?'];
      const values: unknown[] = [now];
      for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
        if (key in changes) {
          sets.push(`${column} = ?`);
          values.push(changes[key]);
        }
      }
      if ('error' in changes) {
        sets.push('error_code = ?', 'error_message = ?');
        values.push(changes.error?.code ?? null, changes.error?.message ?? null);
      }
      cache.forget(id);
      db.run(`UPDATE apps SET ${sets.join(', ')} WHERE id = ? AND ${LIVE}`, [...values, id]);
    },

    /** The row stays as a tombstone so the event history keeps its owner. */
    markDeleted(id: string, now: string): void {
      cache.forget(id);
      db.run(
        `UPDATE apps SET status = 'deleted', desired_state = 'stopped', port = NULL, deleted_at = ?, updated_at = ?
         WHERE id = ?`,
        [now, now, id],
      );
    },

    /** How many live apps a key owns, for its quota. */
    countLiveAppsOf(ownerKeyId: string): number {
      return (
        db.first<{ n: number }>(`SELECT COUNT(*) AS n FROM apps WHERE owner_key_id = ? AND ${LIVE}`, [
          ownerKeyId,
        ])?.n ?? 0
      );
    },

    /** How many of a key's live apps should be running, for its tier's allowance of running apps. */
    countRunningAppsOf(ownerKeyId: string): number {
      return (
        db.first<{ n: number }>(
          `SELECT COUNT(*) AS n FROM apps WHERE owner_key_id = ? AND ${LIVE} AND desired_state = 'running'`,
          [ownerKeyId],
        )?.n ?? 0
      );
    },

    /**
     * When the key's generations (creations and changes by prompt) in the window began, oldest first, at
     * most `limit`: as many as the limit means the allowance is used up until the first leaves the window.
     */
    generationsOf(ownerKeyId: string, since: string, limit: number): string[] {
      return db.column<string>(
        `SELECT e.created_at FROM events e JOIN apps a ON a.id = e.app_id
         WHERE a.owner_key_id = ? AND e.type IN ('created', 'change-requested') AND e.created_at > ?
         ORDER BY e.created_at LIMIT ?`,
        [ownerKeyId, since, limit],
      );
    },

    /** The key that owns an app, live or tombstone; undefined when there is no such app. */
    ownerOf(id: string): { ownerKeyId: string | null } | undefined {
      const row = db.first<{ owner_key_id: string | null }>('SELECT owner_key_id FROM apps WHERE id = ?', [
        id,
      ]);
      return row && { ownerKeyId: row.owner_key_id };
    },

    /** True for live apps and tombstones alike: ids are never reused. */
    appExists(id: string): boolean {
      return db.first<{ one: number }>('SELECT 1 AS one FROM apps WHERE id = ?', [id]) !== undefined;
    },
  };
}

export type AppsRepository = ReturnType<typeof createAppsRepository>;
