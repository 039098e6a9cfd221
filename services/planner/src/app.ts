import type { Express } from 'express';
import {
  apiHeaders,
  createBaseApp,
  createMetrics,
  finishApp,
  metricsHandler,
  rateLimiter,
  requireServiceToken,
  type Logger,
} from '@isekai/service-kit';
import type { PlannerConfig } from './config.js';
import { healthRoutes } from './routes/health.routes.js';
import { measuredPlanner } from './domain/measured-planner.js';
import { createPlanner } from './domain/plans.service.js';
import { plansRoutes } from './routes/plans.routes.js';

export interface PlannerDeps {
  config: PlannerConfig;
  logger: Logger;
}

/** The current files of an app travel with a change request, so the body limit is generous. */
const JSON_LIMIT = '10mb';

export function createApp({ config, logger }: PlannerDeps): Express {
  const metrics = createMetrics('planner');
  const app = createBaseApp({ logger, jsonLimit: JSON_LIMIT, metrics });
  app.use(apiHeaders());
  // Only failures count: the backend's good traffic is never throttled, token guessing is.
  app.use(
    rateLimiter({
      windowMs: config.rateLimitWindowMs,
      limit: config.rateLimitFailures,
      onlyUnauthorized: true,
      what: 'failed requests',
      name: 'token-failures',
    }),
  );
  const planner = measuredPlanner(createPlanner(config), metrics);
  app.use(healthRoutes({ engine: planner.engine, model: planner.model }));
  app.use(requireServiceToken(config.serviceToken));
  app.get('/metrics', metricsHandler(metrics));
  app.use(plansRoutes({ planner, logger }));
  return finishApp(app, logger);
}
