import { createLogger, listen, type Logger } from '@isekai/service-kit';
import { createApp } from './app.js';
import { createBackendMetrics } from './backend.metrics.js';
import { createPlannerClient } from './clients/planner.client.js';
import { createSandboxClient } from './clients/sandbox.client.js';
import type { BackendConfig } from './config.js';
import { openDatabase } from './data/database.js';
import { createStore } from './data/store.js';
import { createDomain, type Domain } from './domain/domain.js';

export interface RunningBackend {
  url: string;
  port: number;
  domain: Domain;
  stop(): Promise<void>;
}

export async function startBackend(
  config: BackendConfig,
  logger: Logger = createLogger('backend', config.logLevel),
): Promise<RunningBackend> {
  const db = openDatabase(config.databasePath);
  const measured = createBackendMetrics();
  measured.watch(db);
  const domain = createDomain({
    config,
    store: createStore(db),
    logger,
    planner: createPlannerClient(config),
    sandbox: createSandboxClient(config),
    observer: measured.observer,
  });
  let ready = false;
  const server = await listen(
    createApp({ config, logger, domain, isReady: () => ready, metrics: measured.metrics }),
    config.port,
    config.host,
  );

  domain.resumeInterrupted();
  await domain.reconciler.reconcile();
  ready = true;
  const reconcileTimer = setInterval(() => void domain.reconciler.reconcile(), config.reconcileIntervalMs);
  // The audit trail is pruned as it grows; this also drops events past their age when nothing is written.
  const checkpointTimer = setInterval(() => {
    domain.audit.prune();
    db.checkpoint();
  }, config.checkpointIntervalMs);
  reconcileTimer.unref();
  checkpointTimer.unref();

  return {
    url: server.url,
    port: server.port,
    domain,
    async stop() {
      clearInterval(reconcileTimer);
      clearInterval(checkpointTimer);
      await server.stop();
      await Promise.race([domain.locks.idle(), new Promise((resolve) => setTimeout(resolve, 5000))]);
      db.close();
    },
  };
}
