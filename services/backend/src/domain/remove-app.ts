import { isAppError, type Logger } from '@isekai/service-kit';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';

/**
 * The one way an app goes away (a delete, a first prompt the planner refused): its process, files and
 * versions are removed and the app is marked deleted; its events stay readable, so a client sees why.
 * Runs inside the app's lock.
 */
export function createAppRemover({
  store,
  activity,
  sandbox,
  logger,
}: {
  store: Store;
  activity: Activity;
  sandbox: SandboxClient;
  logger: Logger;
}) {
  return async (appId: string, message = 'Deleted with its files and versions.'): Promise<void> => {
    try {
      await sandbox.remove(appId);
    } catch (error) {
      // The reconciler removes processes the backend no longer knows, once the sandbox answers again.
      if (!isAppError(error) || error.status !== 503) throw error;
      logger.warn({ appId }, 'sandbox unreachable during delete; the reconciler will remove the process');
    }
    store.db.transaction(() => {
      store.versions.deleteVersions(appId);
      store.apps.markDeleted(appId, activity.now());
      activity.record(appId, 'deleted', message);
    });
  };
}

export type RemoveApp = ReturnType<typeof createAppRemover>;
