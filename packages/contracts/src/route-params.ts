import type { AuditEventType, Severity } from './admin.js';
import type { AppStatus } from './api.js';

// What a route's path and query hold once its schema (schemas.ts) has let the request through, for typed
// routers: `router.post<IdParams, unknown, AppPromptRequest, WaitQuery>(…)` (params, answer, body, query). Query values stay text.

/** A path with no parameters. */
export type NoParams = Record<string, never>;
/** `:id`: an app's (or an API key's) id. */
export type IdParams = { id: string };
/** `:id/versions/:n`. */
export type VersionParams = { id: string; n: string };

/** `?wait=true|false|1|0` on the calls that accept work (read with service-kit's queryFlag). */
export type WaitQuery = { wait?: string };
export type AppListQuery = { limit?: string; cursor?: string; status?: AppStatus };
export type ArchiveQuery = { format?: 'zip' | 'tar.gz' };
export type LogsQuery = { tail?: string; follow?: string };
export type EventsQuery = { after?: string };
export type AdminEventsQuery = {
  type?: AuditEventType;
  minSeverity?: Severity;
  since?: string;
  limit?: string;
  cursor?: string;
};
