import { EventEmitter } from 'node:events';
import type { AppEvent, AppStatus } from '@isekai/contracts';
import type { AppChanges } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';

/**
 * Every change to an app goes through here: the row is updated and the change is written to the app's
 * event history and published to live listeners (SSE streams, `?wait=true` callers) in one step.
 */
export function createActivity(store: Store) {
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  const now = () => new Date().toISOString();

  const record = (appId: string, type: string, message: string, data?: Record<string, unknown>): AppEvent => {
    const event = store.events.addEvent({ appId, type, message, data, at: now() });
    bus.emit(appId, event);
    return event;
  };

  return {
    now,
    record,

    /** Updates the app and records why, atomically. */
    change(
      appId: string,
      changes: AppChanges,
      event: { type: string; message: string; data?: Record<string, unknown> },
    ) {
      const written = store.db.transaction(() => {
        store.apps.updateApp(appId, changes, now());
        return store.events.addEvent({
          appId,
          ...event,
          data: { ...event.data, ...statusOf(changes) },
          at: now(),
        });
      });
      bus.emit(appId, written);
      return written;
    },

    subscribe(appId: string, listener: (event: AppEvent) => void): () => void {
      bus.on(appId, listener);
      return () => bus.off(appId, listener);
    },
  };
}

function statusOf(changes: AppChanges): { status?: AppStatus } {
  return changes.status ? { status: changes.status } : {};
}

export type Activity = ReturnType<typeof createActivity>;
