import { AppError, isAppError, type Logger } from '@isekai/service-kit';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';
import type { AppLocks } from './app-locks.js';
import type { Accepted } from './generation.service.js';
import type { Planning } from './planning.js';
import { requireApp } from './require-app.js';
import type { Versioning } from './versioning.js';

export interface LifecycleDeps {
  store: Store;
  activity: Activity;
  locks: AppLocks;
  planning: Planning;
  sandbox: SandboxClient;
  versioning: Versioning;
  logger: Logger;
  /** Called when the owner starts an app by hand, so crash counting starts over. */
  onManualStart: (appId: string) => void;
}

/** The owner's wishes: running, stopped, gone. The reconciler keeps the sandbox in line with them. */
export function createLifecycleService({
  store,
  activity,
  locks,
  planning,
  sandbox,
  versioning,
  logger,
  onManualStart,
}: LifecycleDeps) {
  return {
    /** Stops the app's planning (a first version, a change or a repair); the app keeps what it had. */
    cancelPlanning(appId: string): Accepted {
      requireApp(store, appId);
      if (!planning.isPlanning(appId)) {
        throw new AppError({
          code: 'nothing-to-cancel',
          status: 409,
          message: 'The app is not being planned; there is nothing to cancel.',
        });
      }
      activity.record(appId, 'cancel-requested', 'Cancel requested.');
      planning.cancel(appId);
      // Queued behind the cancelled work, which settles at once: the app as the cancellation left it.
      const settled = locks.run(appId, () => Promise.resolve(requireApp(store, appId)));
      return { app: requireApp(store, appId), settled };
    },

    start(appId: string): Accepted {
      const app = requireApp(store, appId);
      if (app.currentVersion === 0) {
        throw new AppError({
          code: 'app-not-ready',
          status: 409,
          message: 'The app has no version yet; wait until its first version is built.',
        });
      }
      const settled = locks.run(appId, () => {
        onManualStart(appId);
        activity.change(
          appId,
          { desiredState: 'running', error: null },
          { type: 'start-requested', message: 'Start requested.' },
        );
        return versioning.runIfWanted(appId, 'started');
      });
      return { app: requireApp(store, appId), settled };
    },

    stop(appId: string): Promise<ReturnType<typeof requireApp>> {
      requireApp(store, appId);
      return locks.run(appId, async () => {
        activity.change(
          appId,
          { desiredState: 'stopped' },
          { type: 'stop-requested', message: 'Stop requested.' },
        );
        await sandbox.stop(appId);
        activity.change(appId, { status: 'stopped' }, { type: 'stopped', message: 'Stopped.' });
        return requireApp(store, appId);
      });
    },

    delete(appId: string): Promise<void> {
      requireApp(store, appId);
      // No need to wait for a model to finish an app that is going away.
      planning.cancel(appId);
      return locks.run(appId, async () => {
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
          activity.record(appId, 'deleted', 'Deleted with its files and versions.');
        });
      });
    },
  };
}

export type LifecycleService = ReturnType<typeof createLifecycleService>;
