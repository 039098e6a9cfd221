import type { Express } from 'express';
import {
  apiHeaders,
  createBaseApp,
  finishApp,
  metricsHandler,
  rateLimiter,
  requireServiceToken,
  type Logger,
  type ServiceMetrics,
} from '@isekai/service-kit';
import type { SandboxConfig } from './config.js';
import type { Sandbox } from './domain/apps/sandbox.service.js';
import type { Defences } from './domain/launch/defences.js';
import type { DefenceNote } from './domain/launch/host.types.js';
import type { PortPool } from './domain/ports/port.pool.js';
import { appsRoutes } from './routes/apps.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { logsRoutes } from './routes/logs.routes.js';

export interface AppDeps {
  config: SandboxConfig;
  sandbox: Sandbox;
  ports: PortPool;
  defences: Defences;
  notes: DefenceNote[];
  logger: Logger;
  metrics?: ServiceMetrics;
}

/** The sandbox's HTTP surface; building it starts nothing. */
export function createApp(deps: AppDeps): Express {
  const { config, logger } = deps;
  // A full app (up to 5 MB of files) as JSON with escaping fits well within 10 MB.
  const app = createBaseApp({ logger, jsonLimit: '10mb', metrics: deps.metrics });
  app.use(apiHeaders());
  // Only calls refused for a wrong or missing token count: token guessing slows down, the backend never does.
  app.use(
    rateLimiter({
      windowMs: config.rateLimitWindowMs,
      limit: config.rateLimitFailures,
      onlyUnauthorized: true,
      what: 'refused requests',
      name: 'token-failures',
    }),
  );
  app.use(healthRoutes(deps));
  app.use(requireServiceToken(config.serviceToken));
  if (deps.metrics) app.get('/metrics', metricsHandler(deps.metrics));
  app.use(appsRoutes(deps.sandbox));
  app.use(logsRoutes(deps.sandbox));
  return finishApp(app, logger);
}
