import { createLogger, listen, type Logger } from '@isekai/service-kit';
import { createApp } from './app.js';
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
  const domain = createDomain({
    config,
    store: createStore(db),
    logger,
    planner: createPlannerClient(config),
    sandbox: createSandboxClient(config),
  });
  let ready = false;
  const server = await listen(
    createApp({ config, logger, domain, isReady: () => ready }),
    config.port,
    config.host,
  );

  domain.resumeInterrupted();
  await domain.reconciler.reconcile();
  ready = true;
  const reconcileTimer = setInterval(() => void domain.reconciler.reconcile(), config.reconcileIntervalMs);
  const checkpointTimer = setInterval(() => db.checkpoint(), config.checkpointIntervalMs);
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
