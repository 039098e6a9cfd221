import type { AuditEventType } from '@isekai/contracts';

/** What the backend's domain tells whoever watches it (its metrics); the domain knows nothing of Prometheus. */
export interface BackendObserver {
  /** One thing a reconcile pass did: restart, crashed, expired, running, stop, remove-orphan. */
  reconcileAction(action: string): void;
  /** A new sandbox instance was seen: every process it had was lost. */
  sandboxRestarted(): void;
  audited(type: AuditEventType): void;
}

export const QUIET_OBSERVER: BackendObserver = {
  reconcileAction: () => undefined,
  sandboxRestarted: () => undefined,
  audited: () => undefined,
};
