import { notFound } from '@isekai/service-kit';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';
import type { VersionRecord } from '../data/versions.repository.js';
import { appNotReady } from './failures.js';

/** The live app with this id, or a 404 a person can act on. */
export function requireApp(store: Store, id: string): AppRecord {
  const app = store.apps.getAppById(id);
  if (!app) throw notFound('app', id);
  return app;
}

/** The live app and its current version, or 404 / 409 `app-not-ready` while the first one is being built. */
export function requireCurrentVersion(store: Store, id: string): { app: AppRecord; version: VersionRecord } {
  const app = requireApp(store, id);
  const version = app.currentVersion === 0 ? undefined : store.versions.getVersion(id, app.currentVersion);
  if (!version) throw appNotReady();
  return { app, version };
}
