import { notFound } from '@isekai/service-kit';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';

/** The live app with this id, or a 404 a person can act on. */
export function requireApp(store: Store, id: string): AppRecord {
  const app = store.apps.getAppById(id);
  if (!app) throw notFound('app', id);
  return app;
}
