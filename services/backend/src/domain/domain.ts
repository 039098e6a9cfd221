import type { Logger } from '@isekai/service-kit';
import type { PlannerClient } from '../clients/planner.client.js';
import type { SandboxClient } from '../clients/sandbox.client.js';
import type { BackendConfig } from '../config.js';
import type { Store } from '../data/store.js';
import { createActivity } from './activity.js';
import { createApiKeys } from './api-keys.js';
import { createAppLocks } from './app-locks.js';
import { createAppQueries } from './apps.queries.js';
import { createDeployer } from './deployer.js';
import { createFilesService } from './files.service.js';
import { createGenerationService } from './generation.service.js';
import { createHealthService } from './health.service.js';
import { createLifecycleService } from './lifecycle.service.js';
import { createPlanning } from './planning.js';
import { createReconciler } from './reconciler.js';
import { createVersioning } from './versioning.js';

export interface DomainDeps {
  config: BackendConfig;
  store: Store;
  logger: Logger;
  planner: PlannerClient;
  sandbox: SandboxClient;
}

/** Wires the backend's domain once; routes and the process entry point take what they need from it. */
export function createDomain({ config, store, logger, planner, sandbox }: DomainDeps) {
  const activity = createActivity(store);
  const locks = createAppLocks();
  const deployer = createDeployer({ store, sandbox, activity });
  const versioning = createVersioning({ store, activity, deployer });
  const planning = createPlanning({ planner, activity });
  const reconciler = createReconciler({
    store,
    activity,
    locks,
    sandbox,
    deployer,
    logger,
    maxRestarts: config.maxRestarts,
    restartBackoffMs: config.restartBackoffMs,
  });
  return {
    store,
    activity,
    locks,
    sandbox,
    reconciler,
    queries: createAppQueries({ store, stateOf: reconciler.stateOf, publicAppHost: config.publicAppHost }),
    generation: createGenerationService({
      store,
      activity,
      locks,
      planning,
      sandbox,
      versioning,
      limits: config.limits,
    }),
    files: createFilesService({ store, activity, locks, versioning }),
    lifecycle: createLifecycleService({
      store,
      activity,
      locks,
      planning,
      sandbox,
      versioning,
      logger,
      onManualStart: reconciler.resetRestarts,
    }),
    health: createHealthService({ db: store.db, planner, sandbox }),
    apiKeys: createApiKeys({ store, defaultMaxApps: config.apiKeys.defaultMaxApps }),
  };
}

export type Domain = ReturnType<typeof createDomain>;
