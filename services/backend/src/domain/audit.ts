import type { AuditEventType, Severity } from '@isekai/contracts';
import { redactSecrets } from '@isekai/service-kit';
import type { AuditQuery } from '../data/audit-events.repository.js';
import type { Store } from '../data/store.js';
import type { Caller } from './access.js';

export interface AuditEntry {
  type: AuditEventType;
  severity: Severity;
  actor: string;
  appId?: string | null;
  message: string;
  context?: Record<string, unknown>;
}

export interface AuditDeps {
  store: Store;
  retention: { maxRows: number; maxAgeDays: number };
  /** Told of every event recorded (the metrics count them by type). */
  onRecord?: (entry: AuditEntry) => void;
}

/** Pruning after every event would cost a scan each; after this many it is a small, bounded one. */
const PRUNE_EVERY = 500;
const DAY_MS = 24 * 3600_000;

/** Who acted, as events name them: a key id, `local` when keys are off, `anonymous` for no valid key. */
export function actorOf(caller: Caller | null, keysRequired: boolean): string {
  if (caller?.key) return caller.key.id;
  return keysRequired ? 'anonymous' : 'local';
}

/** Strings anywhere in the context, redacted: a value a client chose may hold a credential. */
function redacted(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (Array.isArray(value)) return value.map(redacted);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redacted(inner)]));
  return value;
}

/** The audit trail and security events: recorded with who and when, redacted, kept within the retention. */
export function createAudit({ store, retention, onRecord = () => undefined }: AuditDeps) {
  let sincePrune = 0;

  const prune = (now = Date.now()): number =>
    store.audit.prune(retention.maxRows, new Date(now - retention.maxAgeDays * DAY_MS).toISOString());

  return {
    record(entry: AuditEntry): void {
      store.audit.add({
        at: new Date().toISOString(),
        type: entry.type,
        severity: entry.severity,
        actor: entry.actor,
        appId: entry.appId ?? null,
        message: redactSecrets(entry.message),
        context: redacted(entry.context ?? {}) as Record<string, unknown>,
      });
      onRecord(entry);
      if (++sincePrune >= PRUNE_EVERY) {
        sincePrune = 0;
        prune();
      }
    },
    list: (query: AuditQuery) => store.audit.list(query),
    prune,
  };
}

export type Audit = ReturnType<typeof createAudit>;
