import type { AppListResponse, AppResponse, AppStatus, SandboxAppState } from '@isekai/contracts';
import { AppError } from '@isekai/service-kit';
import type { AppRecord } from '../data/apps.repository.js';
import type { Store } from '../data/store.js';
import type { Caller } from './access.js';
import { toAppResponse } from './app-response.js';
import { requireApp } from './require-app.js';

const encodeCursor = (seq: number) => Buffer.from(String(seq)).toString('base64url');

function decodeCursor(cursor: string): number {
  const seq = Number(Buffer.from(cursor, 'base64url').toString());
  if (!Number.isInteger(seq) || seq < 1) {
    throw new AppError({
      code: 'invalid-request',
      status: 400,
      message: 'cursor must be a value from nextCursor',
    });
  }
  return seq;
}

export interface AppQueriesDeps {
  store: Store;
  stateOf: (appId: string) => SandboxAppState | undefined;
  publicAppHost: string;
}

export function createAppQueries({ store, stateOf, publicAppHost }: AppQueriesDeps) {
  const present = (app: AppRecord): AppResponse =>
    toAppResponse(
      app,
      app.currentVersion ? (store.versions.getPlan(app.id, app.currentVersion) ?? null) : null,
      stateOf(app.id),
      publicAppHost,
    );

  return {
    present,
    getApp: (id: string): AppResponse => present(requireApp(store, id)),
    /** The app, or null once it is gone (deleted, or removed because its prompt was refused). */
    findApp(id: string): AppResponse | null {
      const app = store.apps.getAppById(id);
      return app ? present(app) : null;
    },

    /**
     * The caller's apps (all of them with keys off), newest first, by keyset on the insertion sequence, so
     * pages stay stable while apps are added.
     */
    listApps(
      caller: Caller,
      { limit = 20, cursor, status }: { limit?: number; cursor?: string; status?: AppStatus },
    ): AppListResponse {
      const ownerKeyId = caller.key?.id;
      const rows = store.apps.listApps({
        limit: limit + 1,
        beforeSeq: cursor ? decodeCursor(cursor) : undefined,
        status,
        ownerKeyId,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        apps: page.map(present),
        nextCursor: rows.length > limit && last ? encodeCursor(last.seq) : null,
      };
    },
  };
}

export type AppQueries = ReturnType<typeof createAppQueries>;
