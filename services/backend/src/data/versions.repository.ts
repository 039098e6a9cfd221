import type { FileMap, Plan, VersionSource } from '@isekai/contracts';
import type { Db } from './database.js';

export interface VersionRecord {
  appId: string;
  number: number;
  source: VersionSource;
  prompt: string | null;
  plan: Plan;
  files: FileMap;
  engine: string | null;
  notes: string[];
  createdAt: string;
}

interface VersionRow {
  app_id: string;
  number: number;
  source: VersionSource;
  prompt: string | null;
  plan_json: string;
  files_json: string;
  engine: string | null;
  notes_json: string;
  created_at: string;
}

function toVersionRecord(row: VersionRow): VersionRecord {
  return {
    appId: row.app_id,
    number: row.number,
    source: row.source,
    prompt: row.prompt,
    plan: JSON.parse(row.plan_json) as Plan,
    files: JSON.parse(row.files_json) as FileMap,
    engine: row.engine,
    notes: JSON.parse(row.notes_json) as string[],
    createdAt: row.created_at,
  };
}

/** Enough parsed plans for every app a busy instance lists; the oldest entry goes first. */
const PLAN_CACHE_SIZE = 2000;

export function createVersionsRepository(db: Db) {
  // A stored version never changes, so its parsed plan can be kept: listing apps reads one plan per app
  // on every request, and the query plus JSON.parse was a quarter of the list's CPU time.
  const plans = new Map<string, Plan>();

  return {
    addVersion(version: VersionRecord): void {
      db.run(
        `INSERT INTO versions (app_id, number, source, prompt, plan_json, files_json, engine, notes_json, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          version.appId,
          version.number,
          version.source,
          version.prompt,
          JSON.stringify(version.plan),
          JSON.stringify(version.files),
          version.engine,
          JSON.stringify(version.notes),
          version.createdAt,
        ],
      );
    },

    getVersion(appId: string, number: number): VersionRecord | undefined {
      const row = db.first<VersionRow>('SELECT * FROM versions WHERE app_id = ? AND number = ?', [
        appId,
        number,
      ]);
      return row && toVersionRecord(row);
    },

    /** Only the plan, without parsing the files: what app listings need. */
    getPlan(appId: string, number: number): Plan | undefined {
      const key = `${appId}/${number}`;
      const cached = plans.get(key);
      if (cached) return cached;
      const row = db.first<{ plan_json: string }>(
        'SELECT plan_json FROM versions WHERE app_id = ? AND number = ?',
        [appId, number],
      );
      if (!row) return undefined;
      const plan = JSON.parse(row.plan_json) as Plan;
      if (plans.size >= PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value as string);
      plans.set(key, plan);
      return plan;
    },

    listVersions(appId: string): VersionRecord[] {
      return db
        .all<VersionRow>('SELECT * FROM versions WHERE app_id = ? ORDER BY number DESC', [appId])
        .map(toVersionRecord);
    },

    latestVersionNumber(appId: string): number {
      return (
        db.first<{ n: number | null }>('SELECT MAX(number) AS n FROM versions WHERE app_id = ?', [appId])
          ?.n ?? 0
      );
    },

    deleteVersions(appId: string): void {
      db.run('DELETE FROM versions WHERE app_id = ?', [appId]);
      for (const key of plans.keys()) if (key.startsWith(`${appId}/`)) plans.delete(key);
    },
  };
}

export type VersionsRepository = ReturnType<typeof createVersionsRepository>;
