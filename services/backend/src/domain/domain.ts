import { KeyedQueue, type Logger } from '@isekai/service-kit';
import type { PlannerClient } from '../clients/planner.client.js';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { BackendConfig } from '../config.js';
import type { Store } from '../data/store.js';
import { createAccess } from './access.js';
import { createActivity } from './activity.js';
import { createApiKeys } from './api-keys.js';
import { createAppEvents } from './app-events.js';
import { createAppLogs } from './app-logs.js';
import { createAppQueries } from './apps.queries.js';
import { createAudit } from './audit.js';
import { QUIET_OBSERVER, type BackendObserver } from './backend.observer.js';
import { createDeployer } from './deployer.js';
import { createChangeApp } from './generation/change-app.use-case.js';
import { createCreateApp } from './generation/create-app.use-case.js';
import { createAppRunner } from './generation/run-app.js';
import { createHealthService } from './health.service.js';
import { createLifecycleService } from './lifecycle.service.js';
import { createPlanning } from './planning.js';
import { createReconciler } from './reconciler.js';
import { createAppRemover } from './remove-app.js';
import { createResumption } from './resume-interrupted.js';
import { createNoticeReader } from './sandbox-notices.js';
import { createVersionStore } from './version-store.js';
import { createVersionsService } from './versions.service.js';

export interface DomainDeps {
  config: BackendConfig;
  store: Store;
  logger: Logger;
  planner: PlannerClient;
  sandbox: SandboxClient;
  /** Metrics; none in unit tests. */
  observer?: BackendObserver;
}

/** Wires the backend's domain once; routes and the process entry point take what they need from it. */
export function createDomain({
  config,
  store,
  logger,
  planner,
  sandbox,
  observer = QUIET_OBSERVER,
}: DomainDeps) {
  const activity = createActivity(store);
  const locks = new KeyedQueue();
  const apiKeys = createApiKeys({
    store,
    tiers: config.apiKeys.tiers,
    defaultTier: config.apiKeys.defaultTier,
  });
  const access = createAccess({
    store,
    apiKeys,
    keysRequired: config.apiKeys.required,
    limits: config.limits,
  });
  const audit = createAudit({
    store,
    retention: config.eventRetention,
    onRecord: (entry) => observer.audited(entry.type),
  });
  const deployer = createDeployer({ store, sandbox, activity });
  const planning = createPlanning({ planner, activity });
  const versions = createVersionStore({ store, activity });
  const runner = createAppRunner({ store, activity, deployer, planning, sandbox, versions });
  const removeApp = createAppRemover({ store, activity, sandbox, logger });
  const reconciler = createReconciler({
    store,
    activity,
    locks,
    sandbox,
    deployer,
    logger,
    maxRestarts: config.maxRestarts,
    restartBackoffMs: config.restartBackoffMs,
    notices: createNoticeReader({ audit }),
    observer,
  });
  const create = createCreateApp({
    store,
    activity,
    locks,
    access,
    planning,
    versions,
    runner,
    removeApp,
  });
  return {
    locks,
    reconciler,
    access,
    apiKeys,
    audit,
    queries: createAppQueries({ store, stateOf: reconciler.stateOf, publicAppHost: config.publicAppHost }),
    events: createAppEvents({ store, activity }),
    logs: createAppLogs({ store, sandbox }),
    create,
    change: createChangeApp({ store, activity, locks, planning, versions, runner }),
    versions: createVersionsService({ store, activity, locks, versions, runner }),
    lifecycle: createLifecycleService({
      store,
      activity,
      locks,
      planning,
      sandbox,
      runner,
      removeApp,
      onManualStart: reconciler.resetRestarts,
    }),
    resumeInterrupted: createResumption({ store, activity, create, logger }),
    health: createHealthService({ db: store.db, planner, sandbox }),
  };
}

export type Domain = ReturnType<typeof createDomain>;
