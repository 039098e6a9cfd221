import { AppError } from '@isekai/service-kit';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';
import type { VersionRecord } from '../data/versions.repository.js';
import type { Activity } from './activity.js';
import type { Deployer } from './deployer.js';
import { requireApp } from './require-app.js';

/** A version before it has a number: what create, change, edit and restore hand over. */
export type VersionDraft = Omit<VersionRecord, 'appId' | 'number' | 'createdAt'>;

/** Storing a new version and running it: the common tail of create, change, edit and restore. */
export function createVersioning({
  store,
  activity,
  deployer,
}: {
  store: Store;
  activity: Activity;
  deployer: Deployer;
}) {
  return {
    /** Stores the draft as version n+1 and makes it current, in one transaction. */
    commit(appId: string, draft: VersionDraft, nameFromPlan: boolean): number {
      return store.db.transaction(() => {
        const number = store.versions.latestVersionNumber(appId) + 1;
        store.versions.addVersion({ appId, number, ...draft, createdAt: activity.now() });
        activity.change(
          appId,
          {
            currentVersion: number,
            engine: draft.engine,
            ...(nameFromPlan ? { name: draft.plan.spec.title } : {}),
          },
          {
            type: 'version',
            message: `Version ${number} stored (${draft.source}).`,
            data: { version: number, source: draft.source, files: Object.keys(draft.files).length },
          },
        );
        return number;
      });
    },

    /**
     * Runs the current version when the owner wants the app running; a failure to start leaves the app
     * `failed` with the reason, and is thrown so `?wait=true` callers get it.
     */
    async runIfWanted(appId: string, reason: string): Promise<AppRecord> {
      const app = requireApp(store, appId);
      if (app.desiredState !== 'running') {
        if (app.status !== 'stopped')
          activity.change(
            appId,
            { status: 'stopped' },
            { type: 'stopped', message: 'Stored; the app stays stopped until started.' },
          );
        return requireApp(store, appId);
      }
      const outcome = await deployer.deploy(appId, reason);
      if (!outcome.ok) {
        markFailed(activity, appId, outcome.error);
        throw outcome.error;
      }
      return requireApp(store, appId);
    },
  };
}

export function markFailed(activity: Activity, appId: string, error: AppError): void {
  activity.change(
    appId,
    { status: 'failed', error: { code: error.code, message: error.message } },
    { type: 'failed', message: error.message, data: { code: error.code } },
  );
}

export function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return new AppError({
    code: 'internal-error',
    status: 500,
    message: 'Something went wrong while building the app; try again.',
    cause: error,
  });
}

export type Versioning = ReturnType<typeof createVersioning>;
