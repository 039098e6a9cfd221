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

export function createVersionsRepository(db: Db) {
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
      const row = db.first<VersionRow>('SELECT * FROM versions WHERE app_id = ? AND number = ?', [appId, number]);
      return row && toVersionRecord(row);
    },

    /** Only the plan, without parsing the files: what app listings need. */
    getPlan(appId: string, number: number): Plan | undefined {
      const row = db.first<{ plan_json: string }>('SELECT plan_json FROM versions WHERE app_id = ? AND number = ?', [appId, number]);
      return row && (JSON.parse(row.plan_json) as Plan);
    },

    listVersions(appId: string): VersionRecord[] {
      return db.all<VersionRow>('SELECT * FROM versions WHERE app_id = ? ORDER BY number DESC', [appId]).map(toVersionRecord);
    },

    latestVersionNumber(appId: string): number {
      return db.first<{ n: number | null }>('SELECT MAX(number) AS n FROM versions WHERE app_id = ?', [appId])?.n ?? 0;
    },

    deleteVersions(appId: string): void {
      db.run('DELETE FROM versions WHERE app_id = ?', [appId]);
    },
  };
}

export type VersionsRepository = ReturnType<typeof createVersionsRepository>;
