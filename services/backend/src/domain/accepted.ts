import type { KeyedQueue } from '@isekai/service-kit';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';
import { requireApp } from './require-app.js';

/** Work that was accepted: the app as it is now, and a promise of the app once the work has settled. */
export interface Accepted {
  app: AppRecord;
  settled: Promise<AppRecord>;
}

/** Queues the work behind the app's other work and hands back the app as it is until then. */
export function acceptWork(
  store: Store,
  locks: KeyedQueue,
  appId: string,
  work: () => Promise<AppRecord>,
): Accepted {
  const settled = locks.run(appId, work);
  return { app: requireApp(store, appId), settled };
}
