import { SEVERITIES, type AuditEvent, type AuditEventType, type Severity } from '@isekai/contracts';
import type { Db } from './database.js';

interface AuditRow {
  id: number;
  at: string;
  type: AuditEventType;
  severity: number;
  actor: string;
  app_id: string | null;
  message: string;
  context_json: string | null;
}

/** Stored as a rank so `minSeverity` is one comparison. */
const rankOf = (severity: Severity): number => SEVERITIES.indexOf(severity) + 1;
const severityOf = (rank: number): Severity => SEVERITIES[rank - 1] ?? 'info';

const toEvent = (row: AuditRow): AuditEvent => ({
  id: row.id,
  at: row.at,
  type: row.type,
  severity: severityOf(row.severity),
  actor: row.actor,
  appId: row.app_id,
  message: row.message,
  context: row.context_json ? (JSON.parse(row.context_json) as Record<string, unknown>) : {},
});

export type NewAuditEvent = Omit<AuditEvent, 'id'>;

export interface AuditQuery {
  type?: AuditEventType;
  minSeverity?: Severity;
  since?: string;
  /** Events older than this id (the cursor of the previous page). */
  beforeId?: number;
  limit: number;
}

/** The platform's audit trail and security events, newest first, bounded by `prune`. */
export function createAuditEventsRepository(db: Db) {
  return {
    add(event: NewAuditEvent): void {
      db.run(
        'INSERT INTO audit_events (at, type, severity, actor, app_id, message, context_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [
          event.at,
          event.type,
          rankOf(event.severity),
          event.actor,
          event.appId,
          event.message,
          JSON.stringify(event.context),
        ],
      );
    },

    list({ type, minSeverity, since, beforeId, limit }: AuditQuery): AuditEvent[] {
      // Only the conditions asked for, so SQLite walks the primary key (or the type index) from the cursor.
      const conditions: [string, unknown][] = [];
      if (type) conditions.push(['type = ?', type]);
      if (minSeverity) conditions.push(['severity >= ?', rankOf(minSeverity)]);
      if (since) conditions.push(['at >= ?', since]);
      if (beforeId) conditions.push(['id < ?', beforeId]);
      const filter = conditions.length > 0 ? `WHERE ${conditions.map(([sql]) => sql).join(' AND ')}` : '';
      const params = [...conditions.map(([, value]) => value), limit];
      return db
        .all<AuditRow>(`SELECT * FROM audit_events ${filter} ORDER BY id DESC LIMIT ?`, params)
        .map(toEvent);
    },

    /** Keeps at most `maxRows` events, none from before `olderThan`; returns how many went. */
    prune(maxRows: number, olderThan: string): number {
      const byAge = db.run('DELETE FROM audit_events WHERE at < ?', [olderThan]).changes;
      const byCount = db.run(
        'DELETE FROM audit_events WHERE id <= (SELECT id FROM audit_events ORDER BY id DESC LIMIT 1 OFFSET ?)',
        [maxRows],
      ).changes;
      return byAge + byCount;
    },
  };
}

export type AuditEventsRepository = ReturnType<typeof createAuditEventsRepository>;
