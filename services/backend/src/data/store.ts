import { createAppsRepository } from './apps.repository.js';
import { createAuditEventsRepository } from './audit-events.repository.js';
import type { Db } from './database.js';
import { createEventsRepository } from './events.repository.js';
import { createKeysRepository } from './keys.repository.js';
import { createVersionsRepository } from './versions.repository.js';

/** Everything the domain needs from SQLite, over one connection. */
export function createStore(db: Db) {
  return {
    db,
    apps: createAppsRepository(db),
    versions: createVersionsRepository(db),
    events: createEventsRepository(db),
    keys: createKeysRepository(db),
    audit: createAuditEventsRepository(db),
  };
}

export type Store = ReturnType<typeof createStore>;
