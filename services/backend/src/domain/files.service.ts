import type { FileMap, FilesResponse, VersionListResponse } from '@isekai/contracts';
import { AppError, notFound } from '@isekai/service-kit';
import type { Store } from '../data/store.js';
import type { Activity } from './activity.js';
import type { AppLocks } from './app-locks.js';
import type { Accepted } from './generation.service.js';
import { readManifest } from './manifest.js';
import { requireApp } from './require-app.js';
import type { Versioning } from './versioning.js';

function applyPatch(current: FileMap, patch: Record<string, string | null>): FileMap {
  const next: FileMap = { ...current };
  for (const [path, content] of Object.entries(patch)) {
    if (content !== null) {
      next[path] = content;
    } else if (path in next) {
      delete next[path];
    } else {
      throw new AppError({
        code: 'file-not-found',
        status: 400,
        message: `There is no file "${path}" to delete.`,
      });
    }
  }
  if (Object.keys(next).length === 0)
    throw new AppError({
      code: 'invalid-files',
      status: 400,
      message: 'An app must keep at least one file.',
    });
  return next;
}

/** Reading and hand-editing an app's files, and its version history. */
export function createFilesService({
  store,
  activity,
  locks,
  versioning,
}: {
  store: Store;
  activity: Activity;
  locks: AppLocks;
  versioning: Versioning;
}) {
  function currentVersion(appId: string) {
    const app = requireApp(store, appId);
    const version = store.versions.getVersion(appId, app.currentVersion);
    if (!version)
      throw new AppError({
        code: 'app-not-ready',
        status: 409,
        message: 'The app has no version yet; wait until its first version is built.',
      });
    return version;
  }

  return {
    getFiles(appId: string): FilesResponse {
      const version = currentVersion(appId);
      return { version: version.number, files: version.files };
    },

    /** Validated up front so a bad edit is a 400 and stores nothing; then a new version is stored and run. */
    editFiles(appId: string, patch: Record<string, string | null>): Accepted {
      const base = currentVersion(appId);
      const files = applyPatch(base.files, patch);
      readManifest(files);
      const settled = locks.run(appId, () => {
        const latest = currentVersion(appId);
        const merged = applyPatch(latest.files, patch);
        activity.record(appId, 'files-edited', `Edited ${Object.keys(patch).join(', ')}.`, {
          paths: Object.keys(patch),
        });
        versioning.commit(
          appId,
          {
            source: 'edit',
            prompt: null,
            plan: latest.plan,
            files: merged,
            engine: latest.engine,
            notes: [],
          },
          false,
        );
        return versioning.runIfWanted(appId, 'files edited');
      });
      return { app: requireApp(store, appId), settled };
    },

    /** Any stored version's files, so a client can show what changed between two versions. */
    getVersionFiles(appId: string, number: number): FilesResponse {
      requireApp(store, appId);
      const version = store.versions.getVersion(appId, number);
      if (!version) throw notFound('version', `${appId}/${number}`);
      return { version: version.number, files: version.files };
    },

    listVersions(appId: string): VersionListResponse {
      const app = requireApp(store, appId);
      return {
        versions: store.versions.listVersions(appId).map((v) => ({
          number: v.number,
          source: v.source,
          prompt: v.prompt,
          summary: v.plan.summary,
          engine: v.engine,
          notes: v.notes,
          fileCount: Object.keys(v.files).length,
          createdAt: v.createdAt,
          current: v.number === app.currentVersion,
        })),
      };
    },

    /** An old version becomes current again as a new version: history is never rewritten. */
    restoreVersion(appId: string, number: number): Accepted {
      requireApp(store, appId);
      if (!store.versions.getVersion(appId, number)) throw notFound('version', `${appId}/${number}`);
      const settled = locks.run(appId, () => {
        const old = store.versions.getVersion(appId, number);
        if (!old) throw notFound('version', `${appId}/${number}`);
        activity.record(appId, 'restoring', `Restoring version ${number}.`, { from: number });
        versioning.commit(
          appId,
          {
            source: 'restore',
            prompt: null,
            plan: old.plan,
            files: old.files,
            engine: old.engine,
            notes: [`Restored from version ${number}.`],
          },
          false,
        );
        return versioning.runIfWanted(appId, `restored version ${number}`);
      });
      return { app: requireApp(store, appId), settled };
    },
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
