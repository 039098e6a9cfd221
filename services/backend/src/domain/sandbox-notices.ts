import type { AuditEventType, SandboxAppList, SandboxNotice, Severity } from '@isekai/contracts';
import type { Audit } from './audit.js';

const EVENTS: Record<SandboxNotice['kind'], { type: AuditEventType; severity: Severity; kind?: string }> = {
  'memory-limit': { type: 'limit-hit', severity: 'warning', kind: 'memory' },
  'cpu-limit': { type: 'limit-hit', severity: 'warning', kind: 'cpu' },
  'disk-limit': { type: 'limit-hit', severity: 'warning', kind: 'disk' },
  'time-limit': { type: 'limit-hit', severity: 'info', kind: 'time' },
  'process-limit': { type: 'limit-hit', severity: 'warning', kind: 'processes' },
  'oom-kill': { type: 'oom-kill', severity: 'warning', kind: 'memory' },
  'permission-denied': { type: 'permission-denied', severity: 'high' },
  'module-refused': { type: 'module-refused', severity: 'high' },
};

/**
 * Turns the notices in the sandbox's app list (read by every reconcile pass) into security events, each
 * once: by sequence number within a sandbox instance. After a backend start, notices from before it are
 * taken as already recorded by the previous run.
 */
export function createNoticeReader({
  audit,
  startedAt = new Date().toISOString(),
}: {
  audit: Audit;
  startedAt?: string;
}) {
  let instanceId: string | null = null;
  let seen = new Map<string, number>();

  return {
    read(list: SandboxAppList): void {
      if (list.instanceId !== instanceId) {
        instanceId = list.instanceId;
        seen = new Map();
      }
      for (const app of list.apps) {
        const last = seen.get(app.id) ?? 0;
        for (const notice of app.notices ?? []) {
          if (notice.seq <= last || notice.at < startedAt) continue;
          const event = EVENTS[notice.kind];
          audit.record({
            type: event.type,
            severity: event.severity,
            actor: 'sandbox',
            appId: app.id,
            message: notice.message.slice(0, 1000),
            context: { notice: notice.kind, ...(event.kind ? { kind: event.kind } : {}), at: notice.at },
          });
        }
        const newest = app.notices?.at(-1)?.seq;
        if (newest !== undefined) seen.set(app.id, newest);
      }
    },
  };
}

export type NoticeReader = ReturnType<typeof createNoticeReader>;
