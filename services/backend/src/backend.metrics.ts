import { APP_STATUSES } from '@isekai/contracts';
import { createMetrics, Gauge, type ServiceMetrics } from '@isekai/service-kit';
import type { Db } from './data/database.js';
import type { BackendObserver } from './domain/backend.observer.js';

export interface BackendMetrics {
  metrics: ServiceMetrics;
  observer: BackendObserver;
  /** Apps by status, counted in SQLite at each scrape rather than kept up to date on every change. */
  watch(db: Db): void;
}

export function createBackendMetrics(): BackendMetrics {
  const metrics = createMetrics('backend');
  const reconcileActions = metrics.counter(
    'isekai_reconcile_actions_total',
    'What reconcile passes did: restart, crashed, expired, running, stop, remove-orphan',
    ['action'],
  );
  const sandboxRestarts = metrics.counter(
    'isekai_sandbox_restarts_total',
    'New sandbox instances the backend has seen (each one lost every app process)',
    [],
  );
  const securityEvents = metrics.counter(
    'isekai_audit_events_total',
    'Audit and security events recorded, by type',
    ['type'],
  );
  return {
    metrics,
    observer: {
      reconcileAction: (action) => reconcileActions.inc({ action }),
      sandboxRestarted: () => sandboxRestarts.inc(),
      audited: (type) => securityEvents.inc({ type }),
    },
    watch(db) {
      new Gauge({
        name: 'isekai_apps',
        help: 'Apps by status (deleted ones not counted)',
        labelNames: ['status'],
        registers: [metrics.registry],
        collect() {
          const counts = new Map<string, number>(APP_STATUSES.map((status) => [status, 0]));
          counts.delete('deleted');
          const rows = db.all<{ status: string; n: number }>(
            'SELECT status, COUNT(*) AS n FROM apps WHERE deleted_at IS NULL GROUP BY status',
          );
          for (const row of rows) counts.set(row.status, row.n);
          for (const [status, count] of counts) this.set({ status }, count);
        },
      });
    },
  };
}
