import { AppError, type KeyedQueue } from '@isekai/service-kit';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';
import { acceptWork, type Accepted } from './accepted.js';
import type { Activity } from './activity.js';
import type { AppRunner } from './generation/run-app.js';
import type { Planning } from './planning.js';
import type { RemoveApp } from './remove-app.js';
import { requireApp, requireCurrentVersion } from './require-app.js';
import type { SandboxClient } from '../clients/sandbox.client.js';

export interface LifecycleDeps {
  store: Store;
  activity: Activity;
  locks: KeyedQueue;
  planning: Planning;
  sandbox: SandboxClient;
  runner: AppRunner;
  removeApp: RemoveApp;
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
  runner,
  removeApp,
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
      return acceptWork(store, locks, appId, () => Promise.resolve(requireApp(store, appId)));
    },

    start(appId: string): Accepted {
      requireCurrentVersion(store, appId);
      return acceptWork(store, locks, appId, () => {
        onManualStart(appId);
        activity.change(
          appId,
          { desiredState: 'running', error: null },
          { type: 'start-requested', message: 'Start requested.' },
        );
        return runner.run(appId, 'started');
      });
    },

    stop(appId: string): Promise<AppRecord> {
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
      return locks.run(appId, () => removeApp(appId));
    },
  };
}

export type LifecycleService = ReturnType<typeof createLifecycleService>;
