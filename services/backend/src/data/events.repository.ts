import type { AppEvent } from '@isekai/contracts';
import type { Db } from './database.js';

interface EventRow {
  id: number;
  app_id: string;
  type: string;
  message: string;
  data_json: string | null;
  created_at: string;
}

function toAppEvent(row: EventRow): AppEvent {
  const event: AppEvent = {
    id: row.id,
    appId: row.app_id,
    type: row.type,
    message: row.message,
    at: row.created_at,
  };
  if (row.data_json) event.data = JSON.parse(row.data_json) as Record<string, unknown>;
  return event;
}

export interface NewEvent {
  appId: string;
  type: string;
  message: string;
  data?: Record<string, unknown>;
  at: string;
}

export function createEventsRepository(db: Db) {
  return {
    addEvent(event: NewEvent): AppEvent {
      const result = db.run(
        'INSERT INTO events (app_id, type, message, data_json, created_at) VALUES (?, ?, ?, ?, ?)',
        [event.appId, event.type, event.message, event.data ? JSON.stringify(event.data) : null, event.at],
      );
      return {
        id: Number(result.lastInsertRowid),
        appId: event.appId,
        type: event.type,
        message: event.message,
        data: event.data,
        at: event.at,
      };
    },

    listEvents(appId: string, afterId = 0, limit = 500): AppEvent[] {
      return db
        .all<EventRow>('SELECT * FROM events WHERE app_id = ? AND id > ? ORDER BY id LIMIT ?', [
          appId,
          afterId,
          limit,
        ])
        .map(toAppEvent);
    },
  };
}

export type EventsRepository = ReturnType<typeof createEventsRepository>;
