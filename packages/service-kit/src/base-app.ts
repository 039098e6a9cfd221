import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { errorMiddleware, notFoundRoute } from './error-middleware.js';
import { httpLogger } from './logger.js';
import { httpMetrics, type ServiceMetrics } from './metrics.js';

export interface BaseAppOptions {
  logger: Logger;
  /** Largest JSON body accepted; larger ones get 413. */
  jsonLimit: string;
  /**
   * Express's 'trust proxy': which proxies' X-Forwarded-For names the client (for rate limits and logs).
   * False (the default): the connecting address is the client.
   */
  trustProxy?: false | number | string;
  /** Times and counts every request by route when given. */
  metrics?: ServiceMetrics;
}

/** Express with request ids, request logging, metrics and a bounded JSON parser; routes come next, then `finishApp`. */
export function createBaseApp({ logger, jsonLimit, trustProxy = false, metrics }: BaseAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy);
  // Answers describe live state (usage changes every second), so an ETag would almost never match, and
  // hashing every body cost a measured tenth of the API's throughput. Static files keep their own ETags.
  app.set('etag', false);
  app.use(httpLogger(logger));
  if (metrics) app.use(httpMetrics(metrics));
  app.use(express.json({ limit: jsonLimit, strict: true }));
  return app;
}

/** 404 for unknown routes and the error middleware, always last. */
export function finishApp(app: Express, logger: Logger): Express {
  app.use(notFoundRoute);
  app.use(errorMiddleware(logger));
  return app;
}
