import type { FileMap } from '@isekai/contracts';
import type { Store } from '../data/store.js';
import type { VersionRecord } from '../data/versions.repository.js';
import type { Activity } from './activity.js';

/** A version before it has a number: what create, change, repair, edit and restore hand over. */
export type VersionDraft = Omit<VersionRecord, 'appId' | 'number' | 'createdAt'>;

/** True when both maps hold the same paths with the same contents. */
export function sameFiles(a: FileMap, b: FileMap): boolean {
  const paths = Object.keys(a);
  return paths.length === Object.keys(b).length && paths.every((path) => b[path] === a[path]);
}

/** The one way a version is stored: as number n+1, made current, with its event, in one transaction. */
export function createVersionStore({ store, activity }: { store: Store; activity: Activity }) {
  return {
    store(appId: string, draft: VersionDraft, { nameFromPlan = false } = {}): number {
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
  };
}

export type VersionStore = ReturnType<typeof createVersionStore>;
