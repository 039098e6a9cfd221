import {
  patchFiles,
  type FileMap,
  type FilePatch,
  type FilesResponse,
  type VersionListResponse,
} from '@isekai/contracts';
import { AppError, notFound, type KeyedQueue } from '@isekai/service-kit';
import type { Store } from '../data/store.js';
import { acceptWork, type Accepted } from './accepted.js';
import type { Activity } from './activity.js';
import type { AppRunner } from './generation/run-app.js';
import { readManifest } from './manifest.js';
import { requireApp, requireCurrentVersion } from './require-app.js';
import type { VersionStore } from './version-store.js';

function applyPatch(current: FileMap, patch: FilePatch): FileMap {
  const missing = Object.keys(patch).find((path) => patch[path] === null && !(path in current));
  if (missing !== undefined)
    throw new AppError({
      code: 'file-not-found',
      status: 400,
      message: `There is no file "${missing}" to delete.`,
    });
  const next = patchFiles(current, patch);
  if (Object.keys(next).length === 0)
    throw new AppError({
      code: 'invalid-files',
      status: 400,
      message: 'An app must keep at least one file.',
    });
  return next;
}

export interface VersionsServiceDeps {
  store: Store;
  activity: Activity;
  locks: KeyedQueue;
  versions: VersionStore;
  runner: AppRunner;
}

/** An app's versions: reading them, a hand edit of the files, and restoring an old one. */
export function createVersionsService({ store, activity, locks, versions, runner }: VersionsServiceDeps) {
  return {
    getFiles(appId: string): FilesResponse {
      const { version } = requireCurrentVersion(store, appId);
      return { version: version.number, files: version.files };
    },

    /** What a download of the app holds: its name, and the current version's number and files. */
    getDownload(appId: string): { name: string; version: number; files: FileMap } {
      const { app, version } = requireCurrentVersion(store, appId);
      return { name: app.name, version: version.number, files: version.files };
    },

    /** Validated up front so a bad edit is a 400 and stores nothing; then a new version is stored and run. */
    editFiles(appId: string, patch: FilePatch): Accepted {
      readManifest(applyPatch(requireCurrentVersion(store, appId).version.files, patch));
      return acceptWork(store, locks, appId, () => {
        const { version: latest } = requireCurrentVersion(store, appId);
        const files = applyPatch(latest.files, patch);
        activity.record(appId, 'files-edited', `Edited ${Object.keys(patch).join(', ')}.`, {
          paths: Object.keys(patch),
        });
        versions.store(appId, {
          source: 'edit',
          prompt: null,
          plan: latest.plan,
          files,
          engine: latest.engine,
          notes: [],
        });
        return runner.run(appId, 'files edited');
      });
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
      return acceptWork(store, locks, appId, () => {
        const old = store.versions.getVersion(appId, number);
        if (!old) throw notFound('version', `${appId}/${number}`);
        activity.record(appId, 'restoring', `Restoring version ${number}.`, { from: number });
        versions.store(appId, {
          source: 'restore',
          prompt: null,
          plan: old.plan,
          files: old.files,
          engine: old.engine,
          notes: [`Restored from version ${number}.`],
        });
        return runner.run(appId, `restored version ${number}`);
      });
    },
  };
}

export type VersionsService = ReturnType<typeof createVersionsService>;
