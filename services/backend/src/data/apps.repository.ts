import type { AppLimits, AppStatus, DesiredState } from '@isekai/contracts';
import type { Db } from './database.js';

export interface AppRecord {
  seq: number;
  id: string;
  name: string;
  prompt: string;
  status: AppStatus;
  desiredState: DesiredState;
  currentVersion: number;
  port: number | null;
  engine: string | null;
  limits: AppLimits;
  error: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
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
  };
}

export interface NewApp {
  id: string;
  name: string;
  prompt: string;
  limits: AppLimits;
  now: string;
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
}

export function createAppsRepository(db: Db) {
  return {
    insertApp(app: NewApp): void {
      db.run(
        `INSERT INTO apps (id, name, prompt, status, desired_state, limits_json, created_at, updated_at)
         VALUES (?, ?, ?, 'planning', 'running', ?, ?, ?)`,
        [app.id, app.name, app.prompt, JSON.stringify(app.limits), app.now, app.now],
      );
    },

    getAppById(id: string): AppRecord | undefined {
      const row = db.first<AppRow>('SELECT * FROM apps WHERE id = ? AND deleted_at IS NULL', [id]);
      return row && toAppRecord(row);
    },

    listApps({ limit, beforeSeq, status }: ListAppsQuery): AppRecord[] {
      const rows = db.all<AppRow>(
        `SELECT * FROM apps
         WHERE deleted_at IS NULL AND (? IS NULL OR seq < ?) AND (? IS NULL OR status = ?)
         ORDER BY seq DESC LIMIT ?`,
        [beforeSeq ?? null, beforeSeq ?? null, status ?? null, status ?? null, limit],
      );
      return rows.map(toAppRecord);
    },

    /** Apps the reconciler looks after: every live app, oldest first. */
    listLiveApps(): AppRecord[] {
      return db.all<AppRow>('SELECT * FROM apps WHERE deleted_at IS NULL ORDER BY seq').map(toAppRecord);
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
      db.run(`UPDATE apps SET ${sets.join(', ')} WHERE id = ? AND deleted_at IS NULL`, [...values, id]);
    },

    /** The row stays as a tombstone so the event history keeps its owner. */
    markDeleted(id: string, now: string): void {
      db.run(
        `UPDATE apps SET status = 'deleted', desired_state = 'stopped', port = NULL, deleted_at = ?, updated_at = ?
         WHERE id = ?`,
        [now, now, id],
      );
    },

    /** True for live apps and tombstones alike: ids are never reused. */
    appExists(id: string): boolean {
      return db.first<{ one: number }>('SELECT 1 AS one FROM apps WHERE id = ?', [id]) !== undefined;
    },
  };
}

export type AppsRepository = ReturnType<typeof createAppsRepository>;
